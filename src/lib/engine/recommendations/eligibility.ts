// Eligibility, one rule set for every place that names a support option: the option list, the
// roadmap, the paths, « et si… », the PDF, the CLI and the meeting views all read it. An option is
// eligible, not eligible (with the rules it fails and their source), or to be checked (the answers
// do not tell, e.g. a competence answered « Je ne sais pas »). Pure.
import { supportOptions, type SupportOption } from '../../content/supports';
import type { Profile } from './profile';
import { check, type Check } from './requirements';

export type EligibilityStatus = 'eligible' | 'to_check' | 'not_eligible';

export interface EligibilityVerdict {
	readonly status: EligibilityStatus;
	/** the conditions not met, or not known, with what the answers say */
	readonly open: readonly Check[];
	/** where the conditions were read */
	readonly source: string;
	/** every unmet condition is one the authority could meet itself (« pas encore ») */
	readonly withinReach: boolean;
}

export function eligibilityOf(option: SupportOption, profile: Profile): EligibilityVerdict {
	const checks = option.eligibility.requires.map((requirement) => check(requirement, profile));
	const unmet = checks.filter((c) => c.state === 'unmet');
	const unknown = checks.filter((c) => c.state === 'unknown');
	const status: EligibilityStatus = unmet.length > 0 ? 'not_eligible' : unknown.length > 0 ? 'to_check' : 'eligible';
	return {
		status,
		open: [...unmet, ...unknown],
		source: option.eligibility.source,
		withinReach: unmet.length > 0 && unmet.every((c) => c.opensWith !== undefined)
	};
}

/** Every option's verdict for one authority, by id. */
export function eligibilityMap(profile: Profile): ReadonlyMap<string, EligibilityVerdict> {
	return new Map(supportOptions.map((option) => [option.id, eligibilityOf(option, profile)]));
}
