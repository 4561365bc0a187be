// Properties of the placement over any answers: the numbers add up, the orientation names the model,
// the study's defining traits hold, and every sentence agrees with the numbers shown beside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../../src/lib/content/types';
import { definingTraits } from '../../../../src/lib/content/typology/defining-traits';
import { traitAxis } from '../../../../src/lib/content/typology/rule-types';
import { evaluate } from '../../../../src/lib/engine/conditions';
import { percentFr } from '../../../../src/lib/engine/french';
import { effectiveAnswers } from '../../../../src/lib/engine/questionnaire';
import { placeDiagnostic } from '../../../../src/lib/engine/typology/placement';
import { modelIds, type EngagedPlacement } from '../../../../src/lib/engine/typology/types';
import { questionnaire } from '../../../../src/lib/content/questionnaire';
import { engagedAnswers } from '../../../support/engaged-arbitraries';
import { orientationQuestions } from '../../../fixtures/answers';
import { modelDescriptions } from '../../../../src/lib/content/typology/models';

const RUNS = 300;

function place(answers: Answers): EngagedPlacement {
	const placement = placeDiagnostic(answers);
	if (placement.kind !== 'engaged') throw new Error('expected engaged');
	return placement;
}

const excludedModels = (answers: Answers, ground?: 'orientation') =>
	definingTraits
		.filter((t) => evaluate(t.excludedWhen, answers) && (!ground || t.ground === ground))
		.flatMap((t) => t.models)
		.sort();

describe('placement properties', () => {
	it('gives shares that sum to 100 on each reading, the main model first', () => {
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				const p = place(answers);
				const sum = (shares: Readonly<Record<string, number>>) =>
					Object.values(shares).reduce((a, b) => a + b, 0);
				expect(p.models.reduce((a, m) => a + m.share, 0)).toBe(100);
				expect(sum(p.orientation.shares)).toBe(100);
				expect(sum(p.structuring.shares)).toBe(100);
				expect(p.models[0]?.model).toBe(p.main);
			}),
			{ numRuns: RUNS }
		);
	});

	it('never proposes a model the study’s defining traits rule out, unless no other model matches the orientation and it says so', () => {
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				const p = place(answers);
				const excluded = excludedModels(answers);
				if (p.atypical) {
					// the orientation's first model, among those what the authority does leaves possible
					const ruledOut = excludedModels(answers, 'orientation');
					expect(ruledOut).not.toContain(p.main);
					for (const m of modelIds.filter((id) => !ruledOut.includes(id)))
						expect(p.orientation.shares[p.main]).toBeGreaterThanOrEqual(p.orientation.shares[m]);
					expect(p.sentences.atypical).not.toBeNull();
				} else expect(excluded).not.toContain(p.main);
				for (const reading of p.models) expect(reading.excluded).toBe(excluded.includes(reading.model));
			}),
			{ numRuns: RUNS }
		);
	});

	it('lets the organisation never name the model on its own: changing only organisation answers keeps the model while the same models are ruled out', () => {
		fc.assert(
			fc.property(engagedAnswers, engagedAnswers, (a, b) => {
				const mixed = effectiveAnswers(questionnaire, {
					...b,
					...Object.fromEntries(
						orientationQuestions.flatMap((id) => (a[id] === undefined ? [] : [[id, a[id]]]))
					)
				});
				const base = effectiveAnswers(questionnaire, { ...a });
				const sameOrientation = orientationQuestions.every(
					(id) => JSON.stringify(base[id]) === JSON.stringify(mixed[id])
				);
				fc.pre(
					sameOrientation && JSON.stringify(excludedModels(base)) === JSON.stringify(excludedModels(mixed))
				);
				const first = place(base);
				const second = place(mixed);
				// exact ties aside (the organisation breaks those), the same orientation gives the same model
				const scores = first.models.filter((m) => !m.excluded).map((m) => m.scores.orientation);
				fc.pre(new Set(scores).size === scores.length);
				expect(second.main).toBe(first.main);
			}),
			{ numRuns: RUNS }
		);
	});

	it('explains each share by its evidence: per axis, the points shown add up to the model’s score, one trait counted once', () => {
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				for (const reading of place(answers).models) {
					const evidence = [...reading.evidenceFor, ...reading.evidenceAgainst];
					for (const axis of ['orientation', 'structuring'] as const)
						expect(evidence.filter((e) => e.axis === axis).reduce((sum, e) => sum + e.weight, 0)).toBe(
							reading.scores[axis]
						);
					for (const e of evidence) expect(e.axis).toBe(traitAxis[e.trait]);
					const traitsFor = reading.evidenceFor
						.filter((e) => e.questionId !== 'main_motivation')
						.map((e) => e.trait);
					expect(new Set(traitsFor).size).toBe(traitsFor.length);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('writes every finding from the numbers next to it', () => {
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				const p = place(answers);
				const name = (m: (typeof modelIds)[number]) => modelDescriptions[m].name;
				expect(p.sentences.orientation).toContain(
					`modèle ${name(p.orientation.main)} (${percentFr(p.orientation.shares[p.orientation.main])} de l’orientation)`
				);
				// every share a sentence quotes is the share of the models it names, also in « aux modèles A et B
				// (23 % chacun) » and « autant à ceux du modèle A qu’à ceux du modèle B (35 % chacun) »
				const quoted = (text: string, shares: Record<(typeof modelIds)[number], number>) =>
					[
						...text.matchAll(
							/modèles? ((?:[A-Z]+(?:, | et | qu’à ceux d(?:u|es) modèles? )?)+) \((\d+)\u00a0%/g
						)
					].flatMap(([, names = '', value]) =>
						names.split(/, | et | qu’à ceux d(?:u|es) modèles? /).map((model) => {
							const id = modelIds.find((m) => name(m) === model)!;
							expect(shares[id]).toBe(Number(value));
							return id;
						})
					);
				quoted(p.sentences.orientation, p.orientation.shares);
				quoted(p.sentences.retained ?? '', p.orientation.shares);
				expect(quoted(p.sentences.structuring, p.structuring.shares)).toContain(p.structuring.main);
				expect(p.sentences.organisation.includes('comme lui')).toBe(!p.gap && p.organisation !== null);
				expect(p.sentences.hybrid === null).toBe(p.hybrid === null);
				const tied = p.models.some(
					(m) => m.model !== p.main && !m.excluded && m.scores.orientation === p.models[0]?.scores.orientation
				);
				expect(p.sentences.retained === null).toBe(p.atypical || (p.main === p.orientation.main && !tied));
				// organisation is said to have set a model aside only when an exclusion on that ground is stated
				if (p.sentences.retained?.includes('organisation comme la vôtre'))
					expect(p.exclusions.some((e) => e.ground === 'organisation')).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it('never shows the main model below another model the study allows, unless an exclusion is stated', () => {
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				const p = place(answers);
				const main = p.orientation.shares[p.main];
				const above = p.models.filter((m) => m.model !== p.main && m.share > main);
				for (const reading of above) {
					expect(reading.excluded).toBe(true);
					expect(p.exclusions.some((e) => e.models.includes(reading.model)) || p.atypical).toBe(true);
				}
				// equal orientation scores show equal shares, but where 100 cannot be reached otherwise (roundShares)
				for (const m of p.models)
					if (m.scores.orientation === p.models[0]?.scores.orientation)
						expect([main, main - 1]).toContain(m.share);
			}),
			{ numRuns: RUNS }
		);
	});

	it('names CIMOB only with one of its defining orientation answers: youth, mobility or ECSI', () => {
		const youth = (a: Answers) =>
			['motivations', 'themes', 'intervention_modes', 'action_families'].some((id) =>
				[a[id]]
					.flat()
					.some((v) =>
						[
							'youth_mobility',
							'youth_exchanges',
							'global_citizenship_education',
							'mobility_support'
						].includes(String(v))
					)
			);
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				const p = place(answers);
				const named = ['motivations', 'themes', 'intervention_modes', 'action_families'].some(
					(id) => answers[id] !== undefined
				);
				if (p.main === 'cimob' && named) expect(youth(answers)).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it('reads the same answers the same way', () => {
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				expect(place(answers)).toEqual(place(structuredClone(answers)));
			}),
			{ numRuns: 50 }
		);
	});
});
