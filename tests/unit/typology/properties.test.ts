// Properties of the placement over any answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetBands, fundingSources } from '../../../src/lib/content/options';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import type { Answers } from '../../../src/lib/content/types';
import { effectiveAnswers } from '../../../src/lib/engine/questionnaire';
import { placeDiagnostic } from '../../../src/lib/engine/typology/placement';
import { exactShares } from '../../../src/lib/engine/typology/shares';
import { modelIds, type EngagedPlacement, type ModelId } from '../../../src/lib/engine/typology/types';
import { engagedAnswers } from './arbitraries';
import { engaged, profileAnswers } from './examples';

const RUNS = 300;

function place(answers: Answers): EngagedPlacement {
	const placement = placeDiagnostic(answers);
	if (placement.kind !== 'engaged') throw new Error('expected engaged');
	return placement;
}

/**
 * The structuring reading of the structured models: the unrounded share of CLIMAPART and ASTRE
 * together on the structuring axis, i.e. their positive structuring scores (sum of the weights of
 * their structuring evidence) over all positive structuring scores.
 */
function structuredReading(placement: EngagedPlacement): number {
	const scores = Object.fromEntries(
		placement.models.map((m) => [
			m.model,
			[...m.evidenceFor, ...m.evidenceAgainst].filter((e) => e.axis === 'structuring').reduce((sum, e) => sum + e.weight, 0)
		])
	) as Record<ModelId, number>;
	const exact = exactShares(scores);
	return exact.climapart + exact.astre;
}

const knownBands = budgetBands.map((b) => b.id).filter((id) => id !== 'unknown');
const cofunders = ['meae', 'afd_ficol', 'afd_other', 'eu', 'water_agencies'] as const;

// Hundreds of placements per property: slow machines need more than the default 5 s.
describe('placement properties', { timeout: 60_000 }, () => {
	it('shares are whole numbers from 0 to 100 that sum to exactly 100, on each axis and combined', () => {
		let runs = 0;
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				runs += 1;
				const p = place(answers);
				for (const shares of [Object.fromEntries(p.models.map((m) => [m.model, m.share])), p.orientation.shares, p.structuring.shares]) {
					const values = modelIds.map((m) => shares[m] ?? -1);
					expect(values.every((v) => Number.isInteger(v) && v >= 0 && v <= 100)).toBe(true);
					expect(values.reduce((a, b) => a + b, 0)).toBe(100);
				}
				expect(p.models[0]?.model).toBe(p.main);
			}),
			{ numRuns: RUNS }
		);
		console.log(`parts entières, somme 100 : ${runs} cas`);
	});

	it('the result does not depend on the order of the answers or of the ticked options', () => {
		let runs = 0;
		fc.assert(
			fc.property(engagedAnswers, fc.integer(), (answers, seed) => {
				runs += 1;
				const entries = Object.entries(answers);
				const shuffle = <T>(list: readonly T[], salt: number) =>
					[...list].map((v, i) => ({ v, k: Math.sin(seed + salt * 31 + i) })).sort((a, b) => a.k - b.k).map((x) => x.v);
				const reordered = Object.fromEntries(
					shuffle(entries, 1).map(([id, value], i) => [id, Array.isArray(value) ? shuffle(value, i + 2) : value])
				);
				expect(placeDiagnostic(reordered)).toEqual(placeDiagnostic(answers));
			}),
			{ numRuns: RUNS }
		);
		console.log(`indépendance de l’ordre : ${runs} cas`);
	});

	it('a service, co-funding and a larger budget never lower the structuring reading of CLIMAPART and ASTRE', () => {
		let runs = 0;
		fc.assert(
			fc.property(
				engagedAnswers,
				fc.subarray([...cofunders], { minLength: 1 }),
				fc.integer({ min: 0, max: knownBands.length - 1 }),
				fc.integer({ min: 1, max: 60 }),
				(answers, added, bandStep, fte) => {
					runs += 1;
					// a larger budget: a known band raised (an unknown or missing band is left as it is)
					const current = answers['budget_band'];
					const currentIndex = typeof current === 'string' ? knownBands.indexOf(current) : -1;
					const band = currentIndex === -1 ? current : knownBands[Math.max(currentIndex, bandStep)];
					const funding = Array.isArray(answers['external_funding']) ? answers['external_funding'] : [];
					const more = effectiveAnswers(questionnaire, {
						...answers,
						ri_service: 'yes',
						ri_fte: typeof answers['ri_fte'] === 'number' ? answers['ri_fte'] : fte / 2,
						budget_line: 'yes',
						...(band === undefined ? {} : { budget_band: band }),
						external_funding: fundingSources
							.map((s) => s.id)
							.filter((id) => id !== 'none' && (funding.includes(id) || (added as string[]).includes(id)))
					});
					expect(structuredReading(place(more))).toBeGreaterThanOrEqual(structuredReading(place(answers)) - 1e-9);
				}
			),
			{ numRuns: RUNS }
		);
		console.log(`service, cofinancement, budget : ${runs} cas`);
	});

	it('an authority with no international action is always on the starting path', () => {
		let runs = 0;
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				runs += 1;
				const answersNo = effectiveAnswers(questionnaire, { ...answers, has_international_action: 'no' });
				expect(placeDiagnostic(answersNo)).toEqual({ kind: 'starting' });
			}),
			{ numRuns: RUNS }
		);
		console.log(`sans action extérieure : ${runs} cas`);
	});

	it('changing one answer of a profile-type moves each share a little', () => {
		let runs = 0;
		const questions = questionnaire.steps.flatMap((s) => s.questions).filter((q) => q.kind === 'single' || q.kind === 'multiple');
		fc.assert(
			fc.property(
				fc.constantFrom(...modelIds),
				fc.constantFrom(...questions).chain((q) => fc.tuple(fc.constant(q), fc.constantFrom(...('options' in q ? q.options.map((o) => o.id) : [''])))),
				(model, [question, option]) => {
					runs += 1;
					const base = profileAnswers(model);
					if (question.id === 'has_international_action') return;
					const current = base[question.id];
					const value =
						question.kind === 'multiple'
							? Array.isArray(current) && current.includes(option)
								? current.filter((id) => id !== option)
								: [...(Array.isArray(current) ? current : []), option]
							: option;
					const before = engaged(base);
					const after = engaged({ ...base, [question.id]: value });
					for (const m of modelIds) {
						const shift = Math.abs(after.models.find((r) => r.model === m)!.share - before.models.find((r) => r.model === m)!.share);
						// 12 points: one rule weighs at most 4 (budget over 500 000 €) against axes of 15 to 40 points.
						expect(shift, `${model} ${question.id}=${String(value)} ${m}`).toBeLessThanOrEqual(12);
					}
				}
			),
			{ numRuns: RUNS }
		);
		console.log(`petite modification, petit effet : ${runs} cas`);
	});
});
