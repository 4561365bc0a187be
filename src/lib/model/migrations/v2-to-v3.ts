// Version 3 (December 2026): the Europe service is asked of every engaged authority, not only of those
// with an international relations service (a département may have the one without the other). No saved
// answer changes: an authority without an RI service is asked the new question when it comes back, since
// no earlier answer tells whether it has a Europe service.
import type { Change } from './changes';

export const v2ToV3: readonly Change[] = [];
