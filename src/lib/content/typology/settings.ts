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
 * figure: 15 points keeps every profile-type of typologie.md single (each stands at least 25 points
 * above its second) while a mix of two profile-types of the same structuring level shows both
 * (tests/unit/typology/hybrids.test.ts).
 */
export const HYBRID_MARGIN = 15;

/**
 * A model is « supported » by the orientation, as a next step up, when its orientation share
 * reaches this: one model in ten, half of an even split between five (20).
 */
export const ORIENTATION_SUPPORT_MIN = 10;
