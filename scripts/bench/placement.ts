// The placement engine's speed: one diagnostic (median of many calls) and a batch of 1 000.
import { questionnaire } from '../../src/lib/content/questionnaire';
import { effectiveAnswers } from '../../src/lib/engine/questionnaire';
import { placeDiagnostic } from '../../src/lib/engine/typology/placement';
import { loadExamples } from './examples';
import { absent, figure, type Budget, type Figure } from './figure';
import { median, round } from './stats';
import { seededRandom, vary } from './variations';

const WARM_UP = 50;
const SINGLE_RUNS = 500;
const BATCH_SIZE = 1000;
const BATCH_RUNS = 5;
/** Issue 8: « well under 1 s » for 1 000 diagnostics. */
const BATCH_BUDGET: Budget = { max: 1000 };

export interface PlacementTiming {
	readonly examples: number;
	readonly one: Figure;
	readonly thousand: Figure;
}

function unavailable(note: string, examples = 0): PlacementTiming {
	return { examples, one: absent('ms', note), thousand: absent('ms', note, BATCH_BUDGET) };
}

export async function measurePlacement(): Promise<PlacementTiming> {
	const examples = loadExamples();
	if (examples.length === 0) return unavailable('no examples/*.json: no diagnostic to place');

	const inputs = examples.map((e) => effectiveAnswers(questionnaire, e.diagnostic.answers));
	for (let i = 0; i < WARM_UP; i++) placeDiagnostic(inputs[i % inputs.length]!);
	const single: number[] = [];
	for (let i = 0; i < SINGLE_RUNS; i++) {
		const answers = inputs[i % inputs.length]!;
		const start = performance.now();
		placeDiagnostic(answers);
		single.push(performance.now() - start);
	}

	const random = seededRandom(8);
	const batch = Array.from({ length: BATCH_SIZE }, (_, i) =>
		effectiveAnswers(questionnaire, vary(examples[i % examples.length]!.diagnostic.answers, random))
	);
	const totals: number[] = [];
	for (let run = 0; run < BATCH_RUNS; run++) {
		const start = performance.now();
		for (const answers of batch) placeDiagnostic(answers);
		totals.push(performance.now() - start);
	}
	return {
		examples: examples.length,
		one: figure(round(median(single), 4), 'ms'),
		thousand: figure(round(median(totals), 1), 'ms', BATCH_BUDGET)
	};
}
