// The one-page summary: placement, then up to three needs, options and first steps.
import type { Recommendations } from '../../engine/recommendations';
import type { Placement } from '../../engine/typology/types';
import type { ReportBlock, ReportSection } from '../model';
import { joinFrench, modelName, modelTitle, percent } from '../text';
import { noNeedParagraph } from './recommendations';

function placementBlocks(placement: Placement): ReportBlock[] {
	if (placement.kind === 'starting') {
		return [
			{
				kind: 'paragraph',
				text: 'Votre collectivité ne mène pas encore d’action extérieure : elle n’entre dans aucun des cinq modèles de l’étude ACTER et suit le parcours de démarrage.'
			}
		];
	}
	const shares = placement.models.map((m) => `${modelName(m.model)} ${percent(m.share)}`).join(' · ');
	const rows: [string, string][] = [
		['Modèle principal', modelTitle(placement.main)],
		['Répartition', shares]
	];
	if (placement.hybrid) rows.push(['Profil hybride', joinFrench(placement.hybrid.map(modelName))]);
	if (placement.gap) rows.push(['Organisation', placement.sentences.organisation]);
	return [{ kind: 'facts', rows }];
}

/** the summary keeps the first three of each list */
const SUMMARY_ITEMS = 3;

const numberWords: Readonly<Record<number, string>> = { 2: 'deux', 3: 'trois' };

/** headings that say how many items follow: « Vos deux besoins prioritaires » when there are two */
function needsHeading(count: number): string {
	if (count === 0) return 'Vos besoins prioritaires';
	return count === 1 ? 'Votre besoin prioritaire' : `Vos ${numberWords[count]} besoins prioritaires`;
}

function optionsHeading(count: number): string {
	return count === 1 ? 'Le premier dispositif à solliciter' : `Les ${numberWords[count]} premiers dispositifs à solliciter`;
}

export function summarySection(placement: Placement, recommendations: Recommendations): ReportSection {
	const needs = recommendations.needs.slice(0, SUMMARY_ITEMS);
	const options = recommendations.options.slice(0, SUMMARY_ITEMS);
	const firstSteps = recommendations.roadmap.steps.filter((s) => s.horizon === 'three_months').slice(0, SUMMARY_ITEMS);
	return {
		id: 'summary',
		title: 'Synthèse',
		blocks: [
			...placementBlocks(placement),
			{ kind: 'heading', text: needsHeading(needs.length) },
			needs.length > 0 ? { kind: 'bullets', items: needs.map((n) => n.label) } : noNeedParagraph,
			{ kind: 'heading', text: optionsHeading(options.length) },
			{ kind: 'bullets', items: options.map((o) => `${o.option.name} — ${o.why[0] ?? o.option.offers}`) },
			{ kind: 'heading', text: 'Vos premières étapes, dans les trois mois' },
			// the step's detail is a sentence of its own: a dash, not a colon, before its capital
			{ kind: 'bullets', items: firstSteps.map((s) => `${s.title} — ${s.detail}`) }
		]
	};
}
