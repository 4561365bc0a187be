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
				text: `Classés pour votre collectivité ; seuls figurent ceux auxquels elle peut prétendre. Données à jour au ${frenchDate(recommendations.catalogueUpdatedAt)} : les montants et les taux changent presque chaque année, vérifiez-les sur la page officielle.`,
				tone: 'muted'
			},
			...shown.map(({ option, why }): ReportBlock => {
				const rows: [string, string][] = [['Qui peut en bénéficier', option.eligibility.note]];
				for (const figure of option.figures) rows.push([`Repère (${figure.year})`, figure.text]);
				if (option.contact) rows.push(['Contact', option.contact]);
				return {
					kind: 'group',
					title: option.name,
					blocks: [
						{ kind: 'paragraph', text: option.offers },
						{ kind: 'intro', text: 'Pourquoi pour vous :' },
						{ kind: 'bullets', items: why.slice(0, 3) },
						{ kind: 'facts', rows },
						{ kind: 'link', label: 'Page officielle', url: option.url }
					]
				};
			}),
			...(others > 0
				? [
						{
							kind: 'paragraph',
							text: `${others} autre${others > 1 ? 's' : ''} dispositif${others > 1 ? 's' : ''} vous ${others > 1 ? 'sont' : 'est'} ouvert${others > 1 ? 's' : ''} : ${recommendations.options
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
