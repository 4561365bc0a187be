// Each condition of use of a support option (content/supports/types.ts, Requirement) read from one
// authority's answers: met, not met (with what would meet it, when the authority can do it), or
// unknown (its answers do not tell; to be checked). Pure.
import { countryByCode } from '../../content/countries';
import { regionById } from '../../content/geography';
import { authorityTypes, serviceCompetences } from '../../content/options';
import type { Requirement } from '../../content/supports/types';
import { listFr } from '../french';
import { inEuropeanFrame } from './europe';
import { hasForeignPartnership, hasTeam, type Profile } from './profile';
import { labelOf, lowerFirst } from './text';

export type CheckState = 'met' | 'unmet' | 'unknown';

export interface Check {
	readonly state: CheckState;
	/** the condition, in French (« Réservé aux structures compétentes en eau potable ») */
	readonly rule: string;
	/** what the answers say about it, when it is not met */
	readonly detail?: string;
	/** what the authority itself could do to meet it (« pas encore ») */
	readonly opensWith?: string;
}

const met = (rule: string): Check => ({ state: 'met', rule });
const largeEnoughBudgets = ['50k_100k', '100k_250k', '250k_500k', 'over_500k'];

const names = (codes: readonly string[]) => listFr(codes.map((code) => countryByCode(code)?.name ?? code));

function partnerIn(requirement: Extract<Requirement, { kind: 'partner_in' }>, p: Profile): Check {
	const rule = `Un partenaire dans ${requirement.label}`;
	if (p.partnerCountries.some((code) => requirement.countries.includes(code))) return met(rule);
	if (requirement.metIfObtained !== undefined && p.euProgrammes.includes(requirement.metIfObtained)) return met(rule);
	const maybe = p.partnerCountries.filter((code) => requirement.toCheck?.countries.includes(code));
	if (maybe.length > 0)
		return {
			state: 'unknown',
			rule,
			// aid sent to a country is not a partner there: say where the authority acts
			detail: `${hasForeignPartnership(p) ? 'Votre partenaire est' : 'Vous agissez'} dans ${requirement.toCheck?.label} (${names(maybe)}) : à vérifier auprès du programme.`
		};
	if (!p.engaged && requirement.startingOut !== undefined)
		return { state: 'unknown', rule, detail: requirement.startingOut };
	if (p.partnerCountries.length === 0 && !p.zones.includes('none') && p.engaged)
		return { state: 'unknown', rule, detail: 'Vous n’avez pas indiqué les pays où vous agissez.' };
	const where =
		p.partnerCountries.length > 0
			? `Vos partenaires sont dans ces pays : ${names(p.partnerCountries)}.`
			: 'Vous n’avez pas de partenaire à l’étranger.';
	return { state: 'unmet', rule, detail: where };
}

function partnerOutside(requirement: Extract<Requirement, { kind: 'partner_outside' }>, p: Profile): Check {
	const rule = `Un partenaire hors de ${requirement.label}`;
	const inside = p.partnerCountries.filter((code) => requirement.countries.includes(code));
	if (inside.length === 0) return met(rule);
	const outside = p.partnerCountries.filter((code) => !requirement.countries.includes(code));
	if (outside.length > 0)
		return {
			state: 'unknown',
			rule,
			detail: `Les projets avec vos partenaires de ces pays (${names(inside)}) relèvent ${requirement.instead} ; ceux avec vos autres partenaires (${names(outside)}) : à vérifier.`
		};
	return {
		state: 'unmet',
		rule,
		detail: `Vos partenaires sont dans ces pays (${names(inside)}) : leurs projets relèvent ${requirement.instead}.`
	};
}

function odaCountry(p: Profile): Check {
	const rule =
		'Un partenaire dans un pays où l’AFD intervient (liste des pays bénéficiaires de l’aide publique au développement de l’OCDE)';
	if (p.partnerCountries.some((code) => countryByCode(code)?.odaRecipient)) return met(rule);
	if (p.partnerCountries.length === 0 && hasForeignPartnership(p))
		return { state: 'unknown', rule, detail: 'Vous n’avez pas indiqué les pays de vos partenaires.' };
	const detail =
		p.partnerCountries.length > 0
			? `Vos partenaires sont dans des pays hors de cette liste : ${names(p.partnerCountries)}.`
			: 'Vous n’avez pas de partenaire à l’étranger.';
	return { state: 'unmet', rule, detail };
}

function ficolCapacity(p: Profile): Check {
	// §4: the 30 % comes from both authorities and their partners, so 85 000 € is the whole local share
	const rule =
		'Porter un projet qui reçoit au moins 200 000 € de l’AFD, les collectivités (française et partenaire) et leurs partenaires apportant au moins 30 % du plan de financement (environ 85 000 € pour le plus petit projet), avec une vraie maîtrise d’ouvrage';
	const team = hasTeam(p) || p.authorityType === 'mixed_syndicate';
	const knownBudget = p.budgetBand !== undefined && p.budgetBand !== 'unknown';
	const budget = knownBudget && largeEnoughBudgets.includes(p.budgetBand ?? '');
	if (team && budget) return met(rule);
	if (team && !knownBudget)
		return { state: 'unknown', rule, detail: 'Votre budget d’action extérieure n’est pas connu.' };
	const lacksBudget = knownBudget && !budget;
	const missing = [
		!team ? 'vous n’avez pas d’équipe d’au moins un équivalent temps plein' : '',
		lacksBudget ? 'votre budget d’action extérieure est inférieur à 50 000 € par an' : ''
	].filter(Boolean);
	// only what is missing: an authority that has the budget is not told to find one
	const wanted = [
		!team ? 'une équipe d’au moins un équivalent temps plein' : '',
		lacksBudget ? 'un budget d’action extérieure d’au moins 50 000 € par an' : ''
	].filter(Boolean);
	const opensWith = `${listFr(wanted)}, ou un collectif de collectivités (association, GIP), que l’AFD finance depuis 2023`;
	const detail = listFr(missing);
	// the AFD sets no staff or budget threshold: these are the tool's reading of « real project management »
	const reading =
		'Cet outil lit une vraie maîtrise d’ouvrage comme au moins un équivalent temps plein et 50 000 € par an d’action extérieure : c’est un repère, pas une règle de l’AFD.';
	return {
		state: 'unmet',
		rule,
		detail: `${detail.charAt(0).toUpperCase()}${detail.slice(1)}. ${reading}`,
		opensWith
	};
}

function europeanFrame(p: Profile): Check {
	const rule =
		'Un cadre de coopération territoriale européenne : transfrontalier, transnational, ou entre une région ultrapériphérique et ses voisins';
	if (inEuropeanFrame(p)) return met(rule);
	return {
		state: 'unmet',
		rule,
		detail: 'Vous ne menez ni coopération transfrontalière ni projet européen.',
		opensWith: 'un projet transfrontalier ou transnational avec des partenaires européens'
	};
}

function competence(ids: readonly string[], p: Profile): Check {
	const held = listFr(ids.map((id) => lowerFirst(labelOf(serviceCompetences, id))));
	const rule = `Réservé aux structures qui exercent la compétence ${held}`;
	if (p.competences.some((id) => ids.includes(id))) return met(rule);
	if (p.competences.includes('unknown') || p.competences.length === 0)
		return {
			state: 'unknown',
			rule,
			detail: `Vous ne savez pas si votre collectivité exerce la compétence ${held} : à vérifier auprès de votre service ou de votre intercommunalité, qui l’exerce peut-être à sa place.`
		};
	return {
		state: 'unmet',
		rule,
		detail: 'Votre collectivité n’exerce pas cette compétence : c’est la structure qui l’exerce (syndicat, intercommunalité) qui peut s’engager.'
	};
}

export function check(requirement: Requirement, p: Profile): Check {
	switch (requirement.kind) {
		case 'authority_types': {
			const rule = `Réservé à ces collectivités : ${listFr(requirement.ids.map((id) => lowerFirst(labelOf(authorityTypes, id))))}`;
			if (p.authorityType === undefined)
				return { state: 'unknown', rule, detail: 'Le type de collectivité n’est pas indiqué.' };
			return requirement.ids.some((id) => id === p.authorityType)
				? met(rule)
				: {
						state: 'unmet',
						rule,
						detail: `Votre collectivité : ${lowerFirst(labelOf(authorityTypes, p.authorityType))}.`
					};
		}
		case 'territory': {
			const places = [
				...(requirement.regions ?? []).map((id) => regionById(id)?.name ?? id),
				...(requirement.departments ?? []).map((code) => `département ${code}`)
			];
			const rule = `Réservé aux collectivités de ce territoire : ${requirement.label ?? listFr(places)}`;
			const inside =
				(p.region !== undefined && requirement.regions?.some((id) => id === p.region)) ||
				(p.department !== undefined && requirement.departments?.includes(p.department));
			if (inside) return met(rule);
			return p.region === undefined
				? { state: 'unknown', rule, detail: 'La région n’est pas indiquée.' }
				: { state: 'unmet', rule, detail: 'Votre collectivité est sur un autre territoire.' };
		}
		case 'competence':
			return competence(requirement.ids, p);
		case 'partner_in':
			return partnerIn(requirement, p);
		case 'partner_outside':
			return partnerOutside(requirement, p);
		case 'partner_in_oda_country':
			return odaCountry(p);
		case 'foreign_partnership': {
			const rule = 'Un partenariat avec une collectivité étrangère';
			return hasForeignPartnership(p)
				? met(rule)
				: {
						state: 'unmet',
						rule,
						// partners in other fields (twinning committees, associations, Europe) may exist: only this one is missing
						detail: 'Vous ne menez pas de coopération décentralisée avec une collectivité étrangère.',
						opensWith: 'un premier partenariat avec une collectivité étrangère'
					};
		}
		case 'partner_convention': {
			const rule = 'Une convention signée avec la collectivité partenaire';
			if (p.partnerConvention === 'yes') return met(rule);
			const partner = hasForeignPartnership(p);
			if (partner && (p.partnerConvention === 'unknown' || p.partnerConvention === undefined))
				return {
					state: 'unknown',
					rule,
					detail: 'Vous ne savez pas si une convention est signée avec votre partenaire.'
				};
			// the question is asked only of a decentralised cooperation: without one, say what a convention takes
			return {
				state: 'unmet',
				rule,
				detail:
					partner && p.partnerConvention === 'no'
						? 'Aucune convention n’est signée avec votre partenaire.'
						: 'Elle se signe avec la collectivité étrangère d’une coopération décentralisée, une fois celle-ci engagée.',
				opensWith:
					partner && p.partnerConvention === 'no'
						? 'une convention signée avec votre partenaire, votée par vos élus'
						: 'une convention signée avec une collectivité étrangère partenaire, votée par vos élus'
			};
		}
		case 'oda_declared': {
			const rule = 'Une déclaration d’aide publique au développement à jour';
			if (p.odaDeclared === 'yes') return met(rule);
			if (p.odaDeclared === 'no' || !p.engaged)
				return {
					state: 'unmet',
					rule,
					detail: 'Votre collectivité ne déclare pas son aide publique au développement.',
					opensWith:
						'la déclaration de votre aide publique au développement, lors de la campagne de printemps'
				};
			return {
				state: 'unknown',
				rule,
				detail: 'Vous ne savez pas si votre collectivité déclare son aide publique au développement.'
			};
		}
		case 'ficol_capacity':
			return ficolCapacity(p);
		case 'european_frame':
			return europeanFrame(p);
		case 'without_own_means': {
			const rule = 'Pour les collectivités sans équipe dédiée, sans expérience ou sans partenariat formel';
			const ownMeans = hasTeam(p) && hasForeignPartnership(p) && p.seniority !== 'under_3y';
			return ownMeans
				? {
						state: 'unmet',
						rule,
						detail: 'Votre collectivité a déjà une équipe dédiée et des partenariats à l’étranger.'
					}
				: met(rule);
		}
		case 'agents_involved': {
			const rule = 'Des agents de la collectivité chargés de l’action européenne ou internationale';
			if (p.riService === 'yes' || p.agentsTime === 'work_time' || p.agentsTime === 'volunteer') return met(rule);
			// the starting path asks nothing of staff: there is no action for agents to work on yet
			if (!p.engaged)
				return { state: 'unmet', rule, detail: 'Votre collectivité n’a pas encore d’action extérieure.' };
			if (p.riService === undefined)
				return {
					state: 'unknown',
					rule,
					detail: 'Vous n’avez pas dit si un service ou des agents y travaillent.'
				};
			return p.agentsTime === undefined
				? { state: 'unknown', rule, detail: 'Vous n’avez pas dit si des agents y travaillent.' }
				: { state: 'unmet', rule, detail: 'Aucun agent ne travaille sur l’action extérieure.' };
		}
		case 'engaged': {
			const rule = 'Une action extérieure déjà engagée';
			return p.engaged
				? met(rule)
				: {
						state: 'unmet',
						rule,
						detail: 'Votre collectivité n’a pas encore d’action extérieure.',
						opensWith: 'une première action extérieure'
					};
		}
	}
}
