// N realistic diagnostics for the scale figures (a region's portfolio over years): the five
// profile-type examples, varied, renamed, spread over dates; about one in four stopped half-way.
// Seeded, so every bench (and every test that uses it) works on the same portfolio.
import { questionnaire } from '../../src/lib/content/questionnaire';
import type { Answers } from '../../src/lib/content/types';
import { DIAGNOSTIC_SCHEMA_VERSION, type Diagnostic } from '../../src/lib/model/diagnostic';
import { loadExamples } from './examples';
import { seededRandom, vary, type Random } from './variations';

const PLACES = ['Saint-', 'Villeneuve-', 'Mont-', 'Beau', 'Val-', 'Port-', 'Pont-', 'Fontaine-'];
const ROOTS = ['Aubin', 'Loire', 'Marne', 'Garonne', 'Rhône', 'Seine', 'Dordogne', 'Isère', 'Vilaine', 'Cher'];
const KINDS = ['Commune de ', 'Communauté de communes de ', 'Agglomération de ', 'Métropole de ', 'Département de '];
const START = Date.UTC(2024, 0, 1);
const FOUR_YEARS = 4 * 365 * 24 * 60 * 60 * 1000;

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/** A UUID (version 4 layout) drawn from the seeded generator, so the ids repeat from run to run. */
function seededUuid(random: Random): string {
	const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
	hex[12] = '4';
	hex[16] = (8 + Math.floor(random() * 4)).toString(16);
	const s = hex.join('');
	return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The answers of the first steps only: a diagnostic someone stopped part of the way through. */
function stoppedPart(answers: Answers, random: Random): { answers: Answers; stepId: string } {
	const steps = questionnaire.steps;
	const stop = 1 + Math.floor(random() * (steps.length - 2));
	const kept = new Set(steps.slice(0, stop).flatMap((step) => step.questions.map((q) => q.id)));
	return {
		answers: Object.fromEntries(Object.entries(answers).filter(([id]) => kept.has(id))),
		stepId: steps[stop]!.id
	};
}

export function generateDiagnostics(count: number, seed: number): Diagnostic[] {
	const examples = loadExamples();
	if (examples.length === 0) throw new Error('generateDiagnostics needs examples/*.json');
	const random = seededRandom(seed);
	const lastStep = questionnaire.steps.at(-1)!.id;
	return Array.from({ length: count }, (_, index) => {
		const base = examples[index % examples.length]!.diagnostic;
		const name = `${pick(KINDS, random)}${pick(PLACES, random)}${pick(ROOTS, random)} ${index + 1}`;
		const varied = { ...vary(base.answers, random), authority_name: name };
		const created = START + Math.floor(random() * FOUR_YEARS);
		const updated = created + Math.floor(random() * 30 * 24 * 60 * 60 * 1000);
		const finished = random() < 0.75;
		const { answers, stepId } = finished ? { answers: varied, stepId: lastStep } : stoppedPart(varied, random);
		return {
			schemaVersion: DIAGNOSTIC_SCHEMA_VERSION,
			questionnaireVersion: questionnaire.version,
			id: seededUuid(random),
			title: '',
			createdAt: new Date(created).toISOString(),
			updatedAt: new Date(updated).toISOString(),
			revision: 1 + Math.floor(random() * 40),
			answers,
			currentStepId: stepId,
			...(finished && { completedAt: new Date(updated).toISOString() })
		};
	});
}
