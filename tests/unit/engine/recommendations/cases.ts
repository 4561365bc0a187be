// Answers diagnosed by the engine's one entry on a fixed day, and the advice texts they bring.
import type { Answers } from '../../../../src/lib/content/types';
import { diagnose, type Diagnosis } from '../../../../src/lib/engine';

export const TODAY = new Date('2026-12-03T12:00:00Z');

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
