// Every typology rule, in a fixed order (evidence and ties follow it, never the order of answers).
import { fundingRules } from './funding-rules';
import { interventionRules } from './intervention-rules';
import { motivationRules } from './motivation-rules';
import { organisationRules } from './organisation-rules';
import type { TypologyRule } from './rule-types';
import { themeRules } from './theme-rules';
import { zoneRules } from './zone-rules';

export const typologyRules: readonly TypologyRule[] = [
	...motivationRules,
	...interventionRules,
	...themeRules,
	...zoneRules,
	...organisationRules,
	...fundingRules
];
