// The few numbers that tune the placement, each with where it comes from.

/**
 * The main motivation counts once more on top of its tick: the profile-types put one motivation
 * first (CIMOB-type « souhaite tout d'abord encourager la mobilité des jeunes »).
 */
export const MAIN_MOTIVATION_EXTRA = 1;

/**
 * Each axis counts for half of the combined reading: typologie.md reads the typology along two
 * axes (orientation, structuring) and gives neither precedence.
 */
export const ORIENTATION_WEIGHT = 0.5;

/**
 * Models within this many points of the main share make a hybrid profile. The study gives no
 * figure; 8 points keeps every profile-type of typologie.md single (its margin over the second is
 * at least twice that) while a mix of two profile-types shows both (tests/unit/typology).
 */
export const HYBRID_MARGIN = 8;

/**
 * A model is « supported » by the orientation, as a next step up, when its orientation share
 * reaches this: one model in ten, half of an even split between five (20).
 */
export const ORIENTATION_SUPPORT_MIN = 10;
