// The placement in plain words, around the chart: which model, how clearly, what the authority
// wants against how it is organised, and the way its elected officials may choose. The points
// behind it are in the optional annex (scoring.ts).
import { ofName } from '../../content/grammar';
import { modelDescriptions } from '../../content/typology/models';
import { startingPath } from '../../content/typology/starting';
import type { EngagedPlacement, Placement } from '../../engine/typology/types';
import { chartDescription, placementChart } from '../chart-svg';
import type { ReportBlock, ReportSection } from '../model';
import { alreadyLike, hybridReading, ifOfficialsChoose } from '../phrases';
import { modelName, modelTitle } from '../text';

function readingBlocks(placement: EngagedPlacement): ReportBlock[] {
	const main = modelDescriptions[placement.main];
	const blocks: ReportBlock[] = [
		{ kind: 'paragraph', text: `Votre action extérieure se rapproche d’abord du modèle ${modelTitle(placement.main)}.`, tone: 'strong' },
		{ kind: 'paragraph', text: main.summary }
	];
	const others = (placement.hybrid ?? []).filter((id) => id !== placement.main).map((id) => modelDescriptions[id].mention);
	blocks.push({
		kind: 'paragraph',
		text:
			others.length > 0
				? `${hybridReading(main.mention, others)} C’est un profil hybride : l’étude constate qu’une collectivité peut relever de plusieurs modèles selon la zone ou le thème de ses coopérations.`
				: `Aucun autre modèle n’approche la part ${ofName(main.mention)} : votre profil se lit nettement.`
	});
	const orientation = modelName(placement.orientation.main);
	const structuring = modelName(placement.structuring.main);
	blocks.push({
		kind: 'paragraph',
		text: placement.gap
			? `Ce que vous voulez faire et pourquoi (l’orientation) ressemble d’abord à ${orientation} ; la façon dont vous êtes organisés (la structuration : service, budget, financements, réseaux) ressemble d’abord à ${structuring}. Cet écart est un constat, pas un défaut : il dit où vos moyens et vos intentions se rejoignent ou non.`
			: `Ce que vous voulez faire et pourquoi (l’orientation) et la façon dont vous êtes organisés (la structuration : service, budget, financements, réseaux) se lisent tous deux d’abord comme ${orientation}.`
	});
	return blocks;
}

function trajectoryBlocks(placement: EngagedPlacement): ReportBlock[] {
	const trajectory = placement.trajectory;
	if (!trajectory || trajectory.levers.length === 0) return [];
	const towards = modelDescriptions[trajectory.towards];
	const intro =
		trajectory.towards === placement.main
			? `${alreadyLike(towards.mention)} : ce qui peut la consolider, à votre échelle :`
			: `${ifOfficialsChoose(towards.mention, towards.meaning)}, voici ce qui compterait ; c’est un choix politique, pas une étape obligée :`;
	return [
		{ kind: 'heading', text: 'Et ensuite ?' },
		{ kind: 'intro', text: intro },
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
		return { id: 'placement', title: startingPath.title, blocks: startingBlocks(), newPage: true };
	}
	return {
		id: 'placement',
		title: 'Votre modèle, en clair',
		newPage: true,
		blocks: [
			{ kind: 'chart', chart: placementChart(placement), alt: chartDescription(placement), heightMm: 55 },
			...readingBlocks(placement),
			...trajectoryBlocks(placement)
		]
	};
}
