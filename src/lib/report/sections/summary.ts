// The synthesis, a page of its own: the model in plain words, then the three needs, options and
// first steps the results page shows first (report/digest.ts).
import type { Recommendations } from '../../engine/recommendations';
import type { Placement } from '../../engine/typology/types';
import { resultsDigest, type ResultsDigest } from '../digest';
import type { ReportBlock, ReportSection } from '../model';
import { listFr, percentFr } from '../../engine/french';
import { modelName, modelTitle } from '../text';
import { noNeedParagraph } from './recommendations';

function placementBlocks(placement: Placement, digest: ResultsDigest): ReportBlock[] {
	const sentence: ReportBlock = { kind: 'paragraph', text: digest.model.sentence, tone: 'strong' };
	if (placement.kind === 'starting') return [sentence];
	const rows: [string, string][] = [
		['Modèle principal', modelTitle(placement.main)],
		[
			'Part de chaque modèle dans l’orientation',
			// a model's name and its share stay on one line
			placement.models.map((m) => `${modelName(m.model)}\u00a0${percentFr(m.share)}`).join(' · ')
		]
	];
	if (placement.hybrid) rows.push(['Profil hybride', listFr(placement.hybrid.map(modelName))]);
	if (placement.gap) rows.push(['Organisation', placement.sentences.organisation]);
	return [sentence, { kind: 'facts', rows }];
}

const numberWords: Readonly<Record<number, string>> = { 2: 'deux', 3: 'trois' };

/** headings that say how many items follow: « Vos deux besoins prioritaires » when there are two */
function needsHeading(count: number): string {
	if (count === 0) return 'Vos besoins prioritaires';
	return count === 1 ? 'Votre besoin prioritaire' : `Vos ${numberWords[count]} besoins prioritaires`;
}

function optionsHeading(count: number): string {
	return count === 1
		? 'Le premier dispositif à solliciter'
		: `Les ${numberWords[count]} premiers dispositifs à solliciter`;
}

function stepsHeading(count: number): string {
	return count === 1 ? 'Votre première étape' : `Vos ${numberWords[count]} premières étapes`;
}

export function summarySection(placement: Placement, recommendations: Recommendations): ReportSection {
	const digest = resultsDigest(placement, recommendations);
	const blocks: ReportBlock[] = [
		...placementBlocks(placement, digest),
		{ kind: 'heading', text: needsHeading(digest.needs.length) },
		digest.needs.length > 0 ? { kind: 'bullets', items: digest.needs.map((n) => n.label) } : noNeedParagraph
	];
	if (digest.options.length > 0) {
		blocks.push(
			{ kind: 'heading', text: optionsHeading(digest.options.length) },
			{ kind: 'bullets', items: digest.options.map(({ ranked, reason }) => `${ranked.option.name} — ${reason}`) }
		);
	}
	if (digest.steps.length > 0) {
		blocks.push(
			{ kind: 'heading', text: stepsHeading(digest.steps.length) },
			// the step's detail is a sentence of its own: a dash, not a colon, before its capital
			{ kind: 'bullets', items: digest.steps.map((s) => `${s.title} — ${s.detail}`) }
		);
	}
	return { id: 'summary', title: 'Synthèse', blocks };
}
