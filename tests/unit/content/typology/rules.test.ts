// The typology content: every rule reads a real answer, quotes section 6 of the study word for word,
// and speaks good French; the defining traits and the study's negations are there.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../../src/lib/content/questionnaire';
import { definingTraits } from '../../../../src/lib/content/typology/defining-traits';
import { modelIds } from '../../../../src/lib/content/typology/model-ids';
import { modelDescriptions } from '../../../../src/lib/content/typology/models';
import { traitAxis, traitIds } from '../../../../src/lib/content/typology/rule-types';
import { typologyRules } from '../../../../src/lib/content/typology/rules';
import { startingPath } from '../../../../src/lib/content/typology/starting';
import { findQuestion } from '../../../../src/lib/engine/questionnaire';
import { inSectionSix } from '../../../support/study-text';

/**
 * A regular space where French typography wants a no-break one (also in 10 000 € and 3 ETP), or a straight apostrophe.
 */
const badTypography = /« | »| [;:!?%€]|\d \d|\d ETP|'/;

function texts(): string[] {
	return [
		...typologyRules.flatMap((r) => [r.reason, 'answerLabel' in r.match ? r.match.answerLabel : '']),
		...definingTraits.map((t) => t.text),
		...Object.values(modelDescriptions).flatMap((d) => [d.meaning, d.summary]),
		startingPath.title,
		startingPath.plainWords,
		startingPath.intro,
		...startingPath.steps.flatMap((s) => [s.title, s.text]),
		...startingPath.needs.flatMap((n) => [n.figure, n.text])
	];
}

describe('typology content', () => {
	it('finds a quote only when the study says it (the check can fail)', () => {
		expect(inSectionSix('Le point commun entre les HUMANIS, les COSMIN et les CIMOB')).toBe(true);
		expect(inSectionSix('Les HUMANIS sont des communes de moins de 5 000 habitants')).toBe(false);
	});

	it('the starting path promises no network of the region’s own: Martinique, Corse, La Réunion have none', () => {
		const said = [startingPath.plainWords, ...startingPath.steps.flatMap((s) => [s.title, s.text])];
		for (const text of said)
			expect(text).not.toMatch(/(réseau régional|RRMA)( multi-acteurs)? de votre (région|territoire)/);
	});

	it('every rule has a unique id, a trait of the synthesis table, and reads an existing question and option', () => {
		const ids = typologyRules.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of typologyRules) {
			expect(traitIds, rule.id).toContain(rule.trait);
			const question = findQuestion(questionnaire, rule.questionId);
			expect(question, rule.id).toBeDefined();
			if ('option' in rule.match && question && 'options' in question)
				expect(
					question.options.map((o) => o.id),
					rule.id
				).toContain(rule.match.option);
		}
	});

	it('every rule quotes section 6 of the study word for word, for each model it weighs on', () => {
		for (const rule of typologyRules) {
			expect(rule.sources.length, rule.id).toBeGreaterThanOrEqual(1);
			for (const source of rule.sources)
				expect(inSectionSix(source.quote), `${rule.id} : « ${source.quote} »`).toBe(true);
			// several models: a quote for each, or one that names them all
			const models = Object.keys(rule.weights);
			const namesAll = rule.sources.some((s) =>
				models.every((m) => s.quote.toUpperCase().includes(m.toUpperCase()))
			);
			if (!namesAll)
				expect(rule.sources.length, `${rule.id}: a quote per model`).toBeGreaterThanOrEqual(
					Math.min(models.length, 2)
				);
		}
	});

	it('keeps the rules the study does not support out', () => {
		const ids = typologyRules.map((r) => r.id);
		// the ministry's money is not a CLIMAPART trait (COSMIN and CIMOB have some too): it weighs only against
		// HUMANIS
		expect(typologyRules.find((r) => r.id === 'external_funding.meae')?.weights).toEqual({ humanis: -2 });
		// the « 1 % » is not in the typology; a small commune is not HUMANIS for being small
		expect(ids).not.toContain('external_funding.one_percent');
		expect(
			ids.filter(
				(id) =>
					id.startsWith('population_band.') &&
					['under_2k', '2k_5k', '5k_10k'].some((band) => id.endsWith(band))
			)
		).toEqual([]);
		for (const rule of typologyRules.filter((r) => r.questionId === 'population_band'))
			expect(rule.weights.humanis, rule.id).toBeUndefined();
		// directions other than youth and community life are not traits of a model
		expect(
			ids.filter((id) => /departments_involved\.(economic_development|environment_water|culture)/.test(id))
		).toEqual([]);
	});

	it('counts the study’s negations: HUMANIS without ministry or AFD money, COSMIN without Clés en main or water agencies, CIMOB without AFD', () => {
		const weight = (id: string, model: (typeof modelIds)[number]) =>
			typologyRules.find((r) => r.id === id)?.weights[model] ?? 0;
		expect(weight('external_funding.meae', 'humanis')).toBeLessThan(0);
		expect(weight('external_funding.afd_ficol', 'humanis')).toBeLessThan(0);
		expect(weight('external_funding.afd_ficol', 'cosmin')).toBeLessThan(0);
		expect(weight('external_funding.afd_ficol', 'cimob')).toBeLessThan(0);
		expect(weight('external_funding.water_agencies', 'cosmin')).toBeLessThan(0);
		expect(weight('ministry_instruments.cles_en_main', 'cosmin')).toBeLessThan(0);
	});

	it('gives every model rules on each of the four orientation traits', () => {
		const orientation = traitIds.filter((trait) => traitAxis[trait] === 'orientation');
		for (const model of modelIds)
			for (const trait of orientation)
				expect(
					typologyRules.some((r) => r.trait === trait && (r.weights[model] ?? 0) > 0),
					`${model} / ${trait}`
				).toBe(true);
	});

	it('states the defining traits as conditions, quoting the study', () => {
		expect(definingTraits.map((t) => [t.id, t.models])).toEqual([
			['no_service_small_budget', ['humanis', 'cosmin', 'cimob']],
			['ri_service', ['astre']],
			['youth', ['cimob']]
		]);
		for (const trait of definingTraits)
			for (const source of trait.sources) expect(inSectionSix(source.quote), trait.id).toBe(true);
	});

	it('uses French typography: no-break spaces inside « », before ; : ! ? % € and in numbers, curly apostrophes', () => {
		expect(texts().filter((text) => badTypography.test(text))).toEqual([]);
	});
});
