// The placement: chart, explanation per model, orientation and structuring, trajectory.
import { modelDescriptions } from '../../content/typology/models';
import { startingPath } from '../../content/typology/starting';
import type { EngagedPlacement, Evidence, Placement } from '../../engine/typology/types';
import { chartDescription, placementChart } from '../chart-svg';
import type { ReportBlock, ReportSection } from '../model';
import { joinFrench, modelName, modelTitle, percent } from '../text';

/** A report a council reads: the weightiest answers of the models that matter, not every point. */
const MODELS_EXPLAINED = 3;
const EVIDENCE_PER_SIDE = 3;

function evidenceItems(evidence: readonly Evidence[]): string[] {
	const strongest = [...evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, EVIDENCE_PER_SIDE);
	const rest = evidence.length - strongest.length;
	return [...strongest.map(evidenceLine), ...(rest > 0 ? [`et ${rest} autre${rest > 1 ? 's' : ''} réponse${rest > 1 ? 's' : ''} de moindre poids`] : [])];
}

const evidenceLine = (e: Evidence) => `${e.answer} — ${e.reason} (${e.weight > 0 ? '+' : '−'}${Math.abs(e.weight)})`;

function readingBlocks(placement: EngagedPlacement): ReportBlock[] {
	const main = modelDescriptions[placement.main];
	const blocks: ReportBlock[] = [
		{ kind: 'paragraph', text: `Votre action extérieure se rapproche d’abord du modèle ${modelTitle(placement.main)}.`, tone: 'strong' },
		{ kind: 'paragraph', text: main.summary }
	];
	if (placement.hybrid) {
		blocks.push({
			kind: 'paragraph',
			text: `Votre profil est hybride : ${joinFrench(placement.hybrid.map(modelName))} sont proches. L’étude rappelle qu’une collectivité peut combiner les traits de plusieurs modèles selon la zone ou la thématique.`
		});
	}
	const orientation = modelName(placement.orientation.main);
	const structuring = modelName(placement.structuring.main);
	blocks.push({
		kind: 'paragraph',
		text: placement.gap
			? `Ce que vous visez (orientation : ${orientation}) et la façon dont vous êtes organisés (structuration : ${structuring}) ne coïncident pas encore : c’est là que se trouvent vos leviers.`
			: `Ce que vous visez et la façon dont vous êtes organisés pointent vers le même modèle (${orientation}).`
	});
	return blocks;
}

function sharesTable(placement: EngagedPlacement): ReportBlock {
	return {
		kind: 'table',
		columns: ['Modèle', 'Part', 'Orientation', 'Structuration'],
		widths: [3, 1, 1.3, 1.3],
		rows: placement.models.map((m) => [
			modelTitle(m.model),
			percent(m.share),
			percent(placement.orientation.shares[m.model]),
			percent(placement.structuring.shares[m.model])
		])
	};
}

function explanationGroups(placement: EngagedPlacement): ReportBlock[] {
	return placement.models.slice(0, MODELS_EXPLAINED).map((reading) => ({
		kind: 'group',
		title: `${modelName(reading.model)} — ${percent(reading.share)}`,
		blocks: [
			{ kind: 'intro', text: 'Ce qui vous en rapproche :' },
			reading.evidenceFor.length > 0
				? { kind: 'bullets', items: evidenceItems(reading.evidenceFor) }
				: { kind: 'paragraph', text: 'Aucune réponse ne vous en rapproche.', tone: 'muted' },
			{ kind: 'intro', text: 'Ce qui vous en éloigne :' },
			reading.evidenceAgainst.length > 0
				? { kind: 'bullets', items: evidenceItems(reading.evidenceAgainst) }
				: { kind: 'paragraph', text: 'Aucune réponse ne vous en éloigne.', tone: 'muted' }
		]
	}));
}

function trajectoryBlocks(placement: EngagedPlacement): ReportBlock[] {
	const trajectory = placement.trajectory;
	if (!trajectory) {
		const text =
			placement.main === 'astre'
				? 'ASTRE est le plus structuré des cinq modèles : l’enjeu est de consolider votre organisation et vos partenariats.'
				: 'Votre organisation correspond déjà à votre orientation : consolidez-la.';
		return [{ kind: 'paragraph', text }];
	}
	const towards = `Le modèle vers lequel vous pourriez évoluer le plus facilement est ${modelTitle(trajectory.towards)}.`;
	if (trajectory.levers.length === 0) return [{ kind: 'paragraph', text: towards }];
	// the roadmap turns each lever into a step with its reason: here, only their names
	return [
		{ kind: 'paragraph', text: `${towards} Les leviers que l’étude associe à ce passage, repris et expliqués dans votre feuille de route :` },
		{ kind: 'bullets', items: trajectory.levers.map((lever) => lever.label) }
	];
}

function startingBlocks(): ReportBlock[] {
	return [
		{ kind: 'paragraph', text: startingPath.intro },
		...startingPath.steps.map((step): ReportBlock => ({ kind: 'group', title: step.title, blocks: [{ kind: 'paragraph', text: step.text }] })),
		{ kind: 'bullets', items: startingPath.needs.map((n) => `${n.figure} ${n.text}`) },
		{ kind: 'paragraph', text: startingPath.source, tone: 'muted' }
	];
}

export function placementSection(placement: Placement): ReportSection {
	if (placement.kind === 'starting') {
		return { id: 'placement', title: startingPath.title, blocks: startingBlocks() };
	}
	return {
		id: 'placement',
		title: 'Votre place dans la typologie ACTER',
		blocks: [
			{ kind: 'chart', chart: placementChart(placement), alt: chartDescription(placement), heightMm: 70 },
			...readingBlocks(placement),
			sharesTable(placement),
			{
				kind: 'paragraph',
				text: 'Chaque réponse ajoute ou retire des points à un modèle selon les traits que l’étude lui associe ; les parts en découlent. Les points de vos réponses principales figurent entre parenthèses plus bas.',
				tone: 'muted'
			},
			{ kind: 'heading', text: 'Vers quel modèle évoluer' },
			...trajectoryBlocks(placement),
			// straight after its heading, so that the heading keeps with the first model's answers
			{ kind: 'heading', text: 'Les réponses qui ont pesé le plus, pour vos trois premiers modèles' },
			...explanationGroups(placement)
		]
	};
}
