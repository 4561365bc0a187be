// The placement in plain words, around the chart: which model, and the findings the engine writes
// from its numbers (orientation, hybrid, organisation). The points behind it are in the optional
// annex (scoring.ts); the models the orientation leans to, in « Les choix possibles pour vos élus ».
import { modelDescriptions } from '../../content/typology/models';
import { startingPath } from '../../content/typology/starting';
import { levelWithMain } from '../../engine/typology/sentences';
import type { EngagedPlacement, Placement } from '../../engine/typology/types';
import { listFr } from '../../engine/french';
import { chartDescription, placementChart } from '../chart-svg';
import type { ReportBlock, ReportSection } from '../model';
import { modelTitle } from '../text';

function readingBlocks(placement: EngagedPlacement): ReportBlock[] {
	const main = modelDescriptions[placement.main];
	const { sentences } = placement;
	const findings = [
		sentences.orientation,
		sentences.atypical,
		...sentences.exclusions,
		sentences.retained,
		sentences.hybrid,
		sentences.structuring,
		sentences.organisation
	];
	return [
		{
			kind: 'paragraph',
			text: leadSentence(placement),
			tone: 'strong'
		},
		{ kind: 'paragraph', text: main.summary },
		...findings
			.filter((text): text is string => text !== null)
			.map((text): ReportBlock => ({ kind: 'paragraph', text }))
	];
}

/** The model in one line; models level with it on the orientation are said to be level, not ranked. */
function leadSentence(placement: EngagedPlacement): string {
	const level = levelWithMain(placement);
	if (level.length === 0)
		return `Votre action extérieure se rapproche d’abord du modèle ${modelTitle(placement.main)}.`;
	const them = level.length === 1 ? 'du modèle' : 'des modèles';
	const names = listFr(level.map((model) => modelDescriptions[model].name));
	return `Votre action extérieure se rapproche autant du modèle ${modelTitle(placement.main)} que ${them} ${names}.`;
}

function startingBlocks(): ReportBlock[] {
	return [
		{ kind: 'paragraph', text: startingPath.intro },
		...startingPath.steps.map((step): ReportBlock => ({
			kind: 'group',
			title: step.title,
			blocks: [{ kind: 'paragraph', text: step.text }]
		})),
		{ kind: 'bullets', items: startingPath.needs.map((n) => `${n.figure} ${n.text}`) },
		{ kind: 'paragraph', text: startingPath.source, tone: 'muted' }
	];
}

export function placementSection(placement: Placement): ReportSection {
	if (placement.kind === 'starting') {
		return { id: 'placement', title: startingPath.title, blocks: startingBlocks(), newPage: true };
	}
	return {
		id: 'placement',
		title: 'Votre modèle, en clair',
		newPage: true,
		blocks: [
			{ kind: 'chart', chart: placementChart(placement), alt: chartDescription(placement), heightMm: 55 },
			...readingBlocks(placement)
		]
	};
}
