// The one-page summary: placement, three needs, three options, first steps.
import type { Recommendations } from '../../engine/recommendations';
import type { Placement } from '../../engine/typology/types';
import type { ReportBlock, ReportSection } from '../model';
import { joinFrench, modelName, modelTitle, percent } from '../text';

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
	if (placement.gap) {
		rows.push(['Orientation / organisation', `orientée ${modelName(placement.orientation.main)}, organisée comme ${modelName(placement.structuring.main)}`]);
	}
	if (placement.trajectory) rows.push(['Évolution la plus proche', `vers ${modelTitle(placement.trajectory.towards)}`]);
	return [{ kind: 'facts', rows }];
}

export function summarySection(placement: Placement, recommendations: Recommendations): ReportSection {
	const firstSteps = recommendations.roadmap.steps.filter((s) => s.horizon === 'three_months').slice(0, 3);
	return {
		id: 'summary',
		title: 'Synthèse',
		newPage: true,
		blocks: [
			...placementBlocks(placement),
			{ kind: 'heading', text: 'Vos trois besoins prioritaires' },
			{ kind: 'bullets', items: recommendations.needs.slice(0, 3).map((n) => n.label) },
			{ kind: 'heading', text: 'Les trois premiers dispositifs à solliciter' },
			{
				kind: 'bullets',
				items: recommendations.options.slice(0, 3).map((o) => `${o.option.name} — ${o.why[0] ?? o.option.offers}`)
			},
			{ kind: 'heading', text: 'Vos premières étapes (trois mois)' },
			{ kind: 'bullets', items: firstSteps.map((s) => `${s.title} : ${s.detail}`) }
		]
	};
}
