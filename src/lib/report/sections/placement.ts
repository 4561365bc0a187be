// The placement: chart, the findings the engine writes from its numbers, explanation per model.
import { modelDescriptions } from '../../content/typology/models';
import { startingPath } from '../../content/typology/starting';
import type { EngagedPlacement, Evidence, Placement } from '../../engine/typology/types';
import { chartDescription, placementChart } from '../chart-svg';
import type { ReportBlock, ReportSection } from '../model';
import { modelName, modelTitle, percent } from '../text';

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
	const { sentences } = placement;
	const findings = [sentences.orientation, sentences.atypical, ...sentences.exclusions, sentences.retained, sentences.hybrid, sentences.structuring, sentences.organisation];
	return [
		{ kind: 'paragraph', text: `Votre action extérieure se rapproche d’abord du modèle ${modelTitle(placement.main)}.`, tone: 'strong' },
		{ kind: 'paragraph', text: main.summary },
		...findings.filter((text): text is string => text !== null).map((text): ReportBlock => ({ kind: 'paragraph', text }))
	];
}

function sharesTable(placement: EngagedPlacement): ReportBlock {
	return {
		kind: 'table',
		columns: ['Modèle', 'Orientation', 'Organisation'],
		widths: [3, 1.3, 1.3],
		rows: placement.models.map((m) => [
			m.excluded ? `${modelTitle(m.model)}, écarté par l’organisation` : modelTitle(m.model),
			percent(m.share),
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
				text: 'Chaque trait de l’étude (motivations, manière d’agir, thèmes, zones, organisation, partenariats, financements) ajoute ou retire des points à un modèle, une fois par trait ; l’orientation désigne le modèle, l’organisation se lit à côté. Les points de vos réponses principales figurent entre parenthèses plus bas.',
				tone: 'muted'
			},
			// straight after its heading, so that the heading keeps with the first model's answers
			{ kind: 'heading', text: 'Les réponses qui ont pesé le plus, pour vos trois premiers modèles' },
			...explanationGroups(placement)
		]
	};
}
