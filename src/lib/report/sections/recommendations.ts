// Needs, support options, roadmap and peers: the recommendations as report sections.
import { optionNamesFr, type Horizon, type RankedOption, type Recommendations } from '../../engine/recommendations';
import { optionsWithReason } from '../digest';
import type { ReportBlock, ReportSection } from '../model';
import { dateFr } from '../../engine/french';
import { shortAddress } from '../text';

/** the results page's words when the authority has no need, declared or inferred */
export const noNeedParagraph: ReportBlock = {
	kind: 'paragraph',
	text: 'Vous n’avez indiqué aucun besoin particulier, et vos réponses n’en font apparaître aucun.'
};

/** the strongest reasons of a need or an option; the app lists them all */
const REASONS_SHOWN = 3;

/** one row per need: what it is, then why it came out (a table reads faster than a list of lists) */
export function needsSection(recommendations: Recommendations): ReportSection {
	if (recommendations.needs.length === 0) return { id: 'needs', title: 'Vos besoins', blocks: [noNeedParagraph] };
	return {
		id: 'needs',
		title: 'Vos besoins',
		blocks: [
			{
				kind: 'facts',
				rows: recommendations.needs.map((need) => [
					need.label,
					[
						need.declared ? 'Besoin que vous avez exprimé.' : 'Besoin déduit de vos réponses.',
						...need.reasons.slice(0, REASONS_SHOWN)
					].join(' ')
				])
			}
		]
	};
}

/** The full list stays in the app; the paper keeps the options to act on first. */
const OPTIONS_IN_REPORT = 5;

function optionGroup({ option, why, toCheck, figures }: RankedOption): ReportBlock {
	const rows: [string, string][] = [['Qui peut en bénéficier', option.eligibility.note]];
	if (toCheck.length > 0) rows.push(['À vérifier', toCheck.join(' ')]);
	for (const figure of figures)
		rows.push([`Repère (${figure.year})`, figure.note ? `${figure.text} ${figure.note}` : figure.text]);
	rows.push(['Vérifié le', dateFr(option.checkedAt)]);
	if (option.contact) rows.push(['Contact', option.contact]);
	return {
		kind: 'group',
		title: option.name,
		blocks: [
			{ kind: 'paragraph', text: option.offers },
			{ kind: 'intro', text: 'Pourquoi pour vous :' },
			{ kind: 'bullets', items: why.slice(0, REASONS_SHOWN) },
			{ kind: 'facts', rows },
			// the link's readable name and the site, for a reader on paper; never the whole address
			{ kind: 'link', label: `${option.urlLabel} (${shortAddress(option.url)})`, url: option.url }
		]
	};
}

export function optionsSection(recommendations: Recommendations): ReportSection {
	// an option is printed with the reason it fits this authority, or not at all
	const withReason = optionsWithReason(recommendations.options).map((o) => o.ranked);
	const shown = withReason.slice(0, OPTIONS_IN_REPORT);
	const others = withReason.slice(OPTIONS_IN_REPORT).map((o) => o.option.shortName ?? o.option.name);
	return {
		id: 'options',
		title: 'Les dispositifs qui vous correspondent',
		blocks: [
			{
				kind: 'paragraph',
				text: 'Classés pour votre collectivité ; seuls figurent ceux auxquels elle peut prétendre, ou dont une condition est à vérifier. Chaque fait est daté : les montants, les taux et les calendriers changent presque chaque année, vérifiez-les sur la page officielle.',
				tone: 'muted',
				keepWithNext: true
			},
			...shown.map(optionGroup),
			...(others.length > 0
				? [
						{
							kind: 'paragraph',
							text: `Également ouverts à votre collectivité, et présentés dans l’application : ${optionNamesFr(others)}.`,
							tone: 'muted'
						} satisfies ReportBlock
					]
				: [])
		]
	};
}

/** Options within reach: never urged, each with what would open it and where to start. */
export function notYetSection(recommendations: Recommendations): ReportSection | null {
	if (recommendations.notYet.length === 0) return null;
	return {
		id: 'not_yet',
		title: 'Pas encore à votre portée',
		blocks: [
			{
				kind: 'paragraph',
				text: 'Ces dispositifs pourraient vous concerner, mais une condition n’est pas encore remplie : voici ce qui les ouvrirait. Ce sont des possibilités, si vos élus les choisissent : ni une étape obligée, ni un objectif à atteindre.',
				tone: 'muted',
				keepWithNext: true
			},
			{
				kind: 'bullets',
				items: recommendations.notYet.map((entry) => {
					const first =
						entry.first.length > 0
							? ` Par où commencer : ${optionNamesFr(entry.first.map((o) => o.name))}.`
							: '';
					return `${entry.option.shortName ?? entry.option.name} — il faudrait ${entry.opensWith.join(' ; ')}.${first}`;
				})
			}
		]
	};
}

/**
 * The models the orientation leans to, only as a choice for the elected officials (the consolidation levers are roadmap
 * steps).
 */
export function directionsSection(recommendations: Recommendations): ReportSection | null {
	const { directions } = recommendations.paths;
	if (directions.length === 0) return null;
	return {
		id: 'directions',
		title: 'Les choix possibles pour vos élus',
		blocks: [
			{
				kind: 'paragraph',
				text: 'Les modèles de l’étude ne sont pas des échelons : en changer est un choix politique, pas une étape de votre feuille de route.',
				tone: 'muted',
				keepWithNext: true
			},
			...directions.map((direction): ReportBlock => ({
				kind: 'group',
				title: direction.text,
				blocks: [
					{ kind: 'bullets', items: direction.levers.map((lever) => `${lever.label} — ${lever.reason}`) }
				]
			}))
		]
	};
}

const horizonTitles: Record<Horizon, string> = {
	three_months: 'Dans les trois prochains mois',
	one_year: 'Dans l’année',
	three_years: 'D’ici trois ans'
};

/** each horizon a table of steps: the step, then what to do and with whom */
export function roadmapSection(recommendations: Recommendations): ReportSection {
	const blocks: ReportBlock[] = [];
	for (const horizon of Object.keys(horizonTitles) as Horizon[]) {
		const steps = recommendations.roadmap.steps.filter((s) => s.horizon === horizon);
		if (steps.length === 0) continue;
		blocks.push({ kind: 'heading', text: horizonTitles[horizon] });
		blocks.push({
			kind: 'facts',
			rows: steps.map((step) => [
				step.title,
				step.options.length > 0
					? `${step.detail} Avec : ${optionNamesFr(step.options.map((o) => o.name))}.`
					: step.detail
			])
		});
	}
	return { id: 'roadmap', title: 'Votre feuille de route', blocks };
}

export function peersSection(recommendations: Recommendations): ReportSection {
	const { statements } = recommendations.peers;
	return {
		id: 'peers',
		title: 'Vous et les collectivités de l’étude',
		blocks: [
			{ kind: 'paragraph', text: recommendations.peers.caveat, tone: 'muted', keepWithNext: true },
			statements.length === 0
				? {
						kind: 'paragraph',
						text: 'Vos réponses ne permettent pas encore de vous situer parmi les collectivités de l’étude.'
					}
				: {
						kind: 'table',
						columns: ['Sujet', 'Ce que dit l’étude pour des collectivités comme la vôtre', 'Section'],
						widths: [1.2, 4, 0.8],
						rows: statements.map((s) => [s.topic, s.text, String(s.section)])
					}
		]
	};
}
