// Needs, support options, roadmap and peers: the recommendations as report sections.
import type { Horizon, Recommendations } from '../../engine/recommendations';
import type { ReportBlock, ReportSection } from '../model';
import { frenchDate } from '../text';

/** the results page's words when the authority has no need, declared or inferred */
export const noNeedParagraph: ReportBlock = {
	kind: 'paragraph',
	text: 'Vous n’avez indiqué aucun besoin particulier, et vos réponses n’en font apparaître aucun.'
};

export function needsSection(recommendations: Recommendations): ReportSection {
	if (recommendations.needs.length === 0) return { id: 'needs', title: 'Vos besoins', blocks: [noNeedParagraph] };
	return {
		id: 'needs',
		title: 'Vos besoins',
		blocks: recommendations.needs.map((need) => ({
			kind: 'group',
			title: need.label,
			blocks: [
				{
					kind: 'paragraph',
					text: need.declared ? 'Besoin que vous avez exprimé.' : 'Besoin déduit de vos réponses.',
					tone: 'muted'
				},
				{ kind: 'bullets', items: need.reasons }
			]
		}))
	};
}

/** The full list stays in the app; the paper keeps the options to act on first. */
const OPTIONS_IN_REPORT = 6;

export function optionsSection(recommendations: Recommendations): ReportSection {
	const shown = recommendations.options.slice(0, OPTIONS_IN_REPORT);
	const others = recommendations.options.length - shown.length;
	return {
		id: 'options',
		title: 'Les dispositifs qui vous correspondent',
		blocks: [
			{
				kind: 'paragraph',
				text: 'Classés pour votre collectivité ; seuls figurent ceux auxquels elle peut prétendre, ou dont une condition est à vérifier. Chaque fait est daté : les montants, les taux et les calendriers changent presque chaque année, vérifiez-les sur la page officielle.',
				tone: 'muted'
			},
			...shown.map(({ option, why, toCheck, figures }): ReportBlock => {
				const rows: [string, string][] = [['Qui peut en bénéficier', option.eligibility.note]];
				if (toCheck.length > 0) rows.push(['À vérifier', toCheck.join(' ')]);
				for (const figure of figures) rows.push([`Repère (${figure.year})`, figure.note ? `${figure.text} ${figure.note}` : figure.text]);
				rows.push(['Vérifié le', frenchDate(option.checkedAt)]);
				if (option.contact) rows.push(['Contact', option.contact]);
				return {
					kind: 'group',
					title: option.name,
					blocks: [
						{ kind: 'paragraph', text: option.offers },
						{ kind: 'intro', text: 'Pourquoi pour vous :' },
						{ kind: 'bullets', items: why.slice(0, 3) },
						{ kind: 'facts', rows },
						{ kind: 'link', label: option.urlLabel, url: option.url }
					]
				};
			}),
			...(others > 0
				? [
						{
							kind: 'paragraph',
							text: `${others} autre${others > 1 ? 's' : ''} dispositif${others > 1 ? 's' : ''} vous ${others > 1 ? 'sont' : 'est'} ouvert${others > 1 ? 's' : ''} : ${recommendations.options
								.slice(OPTIONS_IN_REPORT)
								.map((o) => o.option.shortName ?? o.option.name)
								.join(', ')}. Leur présentation complète est dans l’application.`,
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
			{ kind: 'paragraph', text: 'Ces dispositifs pourraient vous concerner, mais une condition n’est pas encore remplie : voici ce qui les ouvrirait.', tone: 'muted' },
			{
				kind: 'bullets',
				items: recommendations.notYet.map((entry) => {
					const first = entry.first.length > 0 ? ` Par où commencer : ${entry.first.map((o) => o.name).join(', ')}.` : '';
					return `${entry.option.shortName ?? entry.option.name} — il faudrait ${entry.opensWith.join(' ; ')}.${first}`;
				})
			}
		]
	};
}

/** The models the orientation leans to, only as a choice for the elected officials (the consolidation levers are roadmap steps). */
export function directionsSection(recommendations: Recommendations): ReportSection | null {
	const { directions } = recommendations.paths;
	if (directions.length === 0) return null;
	return {
		id: 'directions',
		title: 'Les choix possibles pour vos élus',
		blocks: [
			{ kind: 'paragraph', text: 'Les modèles de l’étude ne sont pas des échelons : en changer est un choix politique, pas une étape de votre feuille de route.', tone: 'muted' },
			...directions.map((direction): ReportBlock => ({ kind: 'group', title: direction.text, blocks: [{ kind: 'bullets', items: direction.levers.map((lever) => `${lever.label} — ${lever.reason}`) }] }))
		]
	};
}

const horizonTitles: Record<Horizon, string> = {
	three_months: 'Dans les trois prochains mois',
	one_year: 'Dans l’année',
	three_years: 'D’ici trois ans'
};

export function roadmapSection(recommendations: Recommendations): ReportSection {
	const blocks: ReportBlock[] = [];
	for (const horizon of Object.keys(horizonTitles) as Horizon[]) {
		const steps = recommendations.roadmap.steps.filter((s) => s.horizon === horizon);
		if (steps.length === 0) continue;
		blocks.push({ kind: 'heading', text: horizonTitles[horizon] });
		for (const step of steps) {
			const stepBlocks: ReportBlock[] = [{ kind: 'paragraph', text: step.detail }];
			if (step.options.length > 0) {
				stepBlocks.push({ kind: 'paragraph', text: `Avec : ${step.options.map((o) => o.name).join(', ')}.`, tone: 'muted' });
			}
			blocks.push({ kind: 'group', title: step.title, blocks: stepBlocks });
		}
	}
	return { id: 'roadmap', title: 'Votre feuille de route', blocks };
}

export function peersSection(recommendations: Recommendations): ReportSection {
	const { statements } = recommendations.peers;
	return {
		id: 'peers',
		title: 'Vous et les collectivités de l’étude',
		blocks: [
			{ kind: 'paragraph', text: recommendations.peers.caveat, tone: 'muted' },
			statements.length === 0
				? { kind: 'paragraph', text: 'Vos réponses ne permettent pas encore de vous situer parmi les collectivités de l’étude.' }
				: {
						kind: 'table',
						columns: ['Sujet', 'Ce que dit l’étude pour des collectivités comme la vôtre', 'Section'],
						widths: [1.2, 4, 0.8],
						rows: statements.map((s) => [s.topic, s.text, String(s.section)])
					}
		]
	};
}
