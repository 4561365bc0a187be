// Hard eligibility: an option that fails here is never shown, whatever its relevance.
import type { CapacityId, SupportOption } from '../../content/supports/types';
import { hasCofundingCapacity, hasForeignPartnership, type Profile } from './profile';

const capacityChecks: Readonly<Record<CapacityId, (profile: Profile) => boolean>> = {
	cofunding_capacity: hasCofundingCapacity,
	foreign_partnership: hasForeignPartnership
};

/** What each capacity still asks of an authority that lacks it, in French. */
export const missingCapacityText: Readonly<Record<CapacityId, string>> = {
	cofunding_capacity: 'un service dédié ou une capacité de cofinancement importante',
	foreign_partnership: 'un partenariat établi avec une collectivité étrangère'
};

export function missingCapacities(option: SupportOption, profile: Profile): CapacityId[] {
	return (option.eligibility.requiresCapacity ?? []).filter((capacity) => !capacityChecks[capacity](profile));
}

function within(allowed: readonly string[] | undefined, value: string | undefined): boolean {
	return allowed === undefined || (value !== undefined && allowed.includes(value));
}

export function isEligible(option: SupportOption, profile: Profile): boolean {
	const rule = option.eligibility;
	if (!within(rule.authorityTypes, profile.authorityType)) return false;
	if (!within(rule.populationBands, profile.populationBand)) return false;
	if (!within(rule.regions, profile.region)) return false;
	if (!within(rule.departments, profile.department)) return false;
	if (rule.requiresCompetence && !rule.requiresCompetence.some((id) => profile.competences.includes(id))) return false;
	if (rule.partnerCountries && !rule.partnerCountries.some((code) => profile.partnerCountries.includes(code))) return false;
	return missingCapacities(option, profile).length === 0;
}
