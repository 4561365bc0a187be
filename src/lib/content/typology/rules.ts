// Every typology rule, in a fixed order (evidence and ties follow it, never the order of answers).
import { actionRules } from './action-rules';
import { fundingRules } from './funding-rules';
import { motivationRules } from './motivation-rules';
import { organisationRules } from './organisation-rules';
import type { TypologyRule } from './rule-types';
import { themeRules, zoneRules } from './theme-zone-rules';

export const typologyRules: readonly TypologyRule[] = [
	...motivationRules,
	...actionRules,
	...themeRules,
	...zoneRules,
	...organisationRules,
	...fundingRules
];
