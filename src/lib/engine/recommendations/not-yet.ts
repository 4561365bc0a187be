// Options the authority cannot use yet but could open itself (a convention to sign, a declaration to
// make, the means a FICOL asks): shown apart, each with what would open it and where to start. Only
// those that fit what it does, and, for the demanding ones, only at a scale where they make sense.
import { supportOptions, type SupportOption } from '../../content/supports';
import type { Scale } from '../../content/levers/types';
import type { EligibilityVerdict } from './eligibility';
import { inEuropeanScope } from './europe';
import { linkTo } from './paths';
import { hasForeignPartnership, type Profile } from './profile';
import type { MatchedNeed, NotYetOption, RankedOption } from './types';

/** Options whose conditions a small authority does not meet on its own: never proposed to it as « pas encore ». */
const beyondSmallScale = ['ficol', 'interreg'];

/** What the authority does points to the option (a theme, a zone, a motivation, a partner's country). */
function fits(option: SupportOption, p: Profile): boolean {
	const fit = option.fits;
	const any = (wanted: readonly string[] | undefined, given: readonly string[]) =>
		wanted?.some((id) => given.includes(id)) === true;
	return (
		any(fit.themes, p.themes) ||
		any(fit.zones, p.zones) ||
		any(fit.motivations, p.motivations) ||
		any(fit.countries, p.partnerCountries)
	);
}

/** A call that co-funds the partnership the authority already has: relevant whatever its themes. */
function cofundsItsPartnership(option: SupportOption, p: Profile, needs: readonly MatchedNeed[]): boolean {
	return (
		hasForeignPartnership(p) &&
		option.fits.needs?.includes('funding_information') === true &&
		needs.some((n) => n.id === 'funding_information')
	);
}

export function notYetOptions(
	p: Profile,
	needs: readonly MatchedNeed[],
	scale: Scale,
	verdicts: ReadonlyMap<string, EligibilityVerdict>,
	ranked: readonly RankedOption[]
): NotYetOption[] {
	if (!p.engaged) return [];
	const firstContacts = ranked.filter((r) => r.regional && r.status === 'eligible').map((r) => linkTo(r.id));
	return supportOptions
		.filter((option) => verdicts.get(option.id)?.withinReach === true)
		.filter((option) => scale !== 'small' || !beyondSmallScale.includes(option.id))
		.filter((option) => inEuropeanScope(option, p) && (fits(option, p) || cofundsItsPartnership(option, p, needs)))
		.map((option) => {
			const verdict = verdicts.get(option.id);
			const unmet = verdict?.open.filter((c) => c.state === 'unmet') ?? [];
			const preparing = supportOptions
				.filter((o) => o.preparesFor?.includes(option.id) && verdicts.get(o.id)?.status === 'eligible')
				.map((o) => linkTo(o.id));
			return {
				id: option.id,
				option,
				missing: unmet.map((c) => (c.detail ? `${c.rule}. ${c.detail}` : `${c.rule}.`)),
				opensWith: unmet.flatMap((c) => (c.opensWith ? [c.opensWith] : [])),
				first: [...firstContacts, ...preparing],
				source: verdict?.source ?? option.eligibility.source
			};
		});
}
