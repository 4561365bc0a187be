// The few numbers that tune the placement, each with where it comes from.

/**
 * The main motivation counts once more on top of its trait: the profile-types put one motivation
 * first (CIMOB-type « Elle souhaite tout d'abord encourager la mobilité des jeunes »).
 */
export const MAIN_MOTIVATION_EXTRA = 1;

/**
 * An even split of the orientation between the five models (100 / 5). A model whose orientation
 * share reaches it takes more than its even part: the answers lean towards it. Used to read a
 * hybrid, to name a direction the authority could choose, and to keep a model that the study's
 * defining traits allow when they exclude the first one.
 */
export const EVEN_SHARE = 20;

/**
 * Rule weights read 3 for a trait at the centre of a model, 2 for a typical trait, 1 for a trait
 * the study also mentions. A zone or a theme marks a hybrid when it is at least typical of the
 * other model.
 */
export const TYPICAL_WEIGHT = 2;
