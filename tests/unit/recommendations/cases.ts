// The example files (the five profile-types and the edge cases of examples/cas-limites), read like
// any import and diagnosed by the engine's one entry, on a fixed day.
import { readFileSync, readdirSync } from 'node:fs';
import type { Answers } from '../../../src/lib/content/types';
import { diagnose, type Diagnosis } from '../../../src/lib/engine';
import { readDiagnosticFile } from '../../../src/lib/model/diagnostic-file';

export const TODAY = new Date('2026-12-03T12:00:00Z');

const examples = new URL('../../../examples/', import.meta.url).pathname;

function answersIn(path: string): Answers {
	const result = readDiagnosticFile(readFileSync(path, 'utf8'));
	if (!result.ok || !result.diagnostics[0]) throw new Error(`${path} : ${result.ok ? 'vide' : result.errors.join(' ; ')}`);
	return result.diagnostics[0].answers;
}

/** « petite-commune-burkina », « region-solidarite »… */
export const edgeCases = readdirSync(`${examples}cas-limites`)
	.filter((name) => name.endsWith('.json'))
	.map((name) => name.replace(/\.json$/, ''));

export function edgeCase(name: string): Answers {
	return answersIn(`${examples}cas-limites/${name}.json`);
}

export function profileType(model: string): Answers {
	return answersIn(`${examples}profil-type-${model}.json`);
}

export function diagnosed(answers: Answers): Diagnosis {
	return diagnose(answers, TODAY);
}

/** Every text the advice shows the authority, with where it stands. */
export function adviceTexts(d: Diagnosis): { where: string; text: string }[] {
	const r = d.recommendations;
	return [
		...r.options.flatMap((o) => o.why.map((text) => ({ where: `options/${o.id}`, text }))),
		...r.roadmap.steps.flatMap((s) => [
			{ where: `roadmap/${s.id}`, text: s.title },
			{ where: `roadmap/${s.id}`, text: s.detail }
		]),
		...[...r.paths.consolidate, ...r.paths.directions.flatMap((x) => x.levers)].flatMap((l) => [
			{ where: `paths/${l.id}`, text: l.label },
			{ where: `paths/${l.id}`, text: l.reason }
		]),
		...r.paths.directions.map((x) => ({ where: `directions/${x.model}`, text: x.text }))
	];
}
