// The first layer of the results: never an option without its reason, the roadmap's first steps.
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { modelDescriptions } from '../../../src/lib/content/typology/models';
import { startingPath } from '../../../src/lib/content/typology/starting';
import { buildRecommendations } from '../../../src/lib/engine/recommendations';
import { effectiveAnswers } from '../../../src/lib/engine/questionnaire';
import { placeDiagnostic } from '../../../src/lib/engine/typology/placement';
import { resultsDigest } from '../../../src/lib/report/digest';
import { reportCases } from './cases';

describe.each(reportCases)('digest of $name', ({ diagnostic, main }) => {
	const answers = effectiveAnswers(questionnaire, diagnostic.answers);
	const placement = placeDiagnostic(answers);
	const recommendations = buildRecommendations(answers, placement);

	it('says the model in its plain sentence', () => {
		const { model } = resultsDigest(placement, recommendations);
		expect(model.sentence).toBe(main ? modelDescriptions[main].plainWords : startingPath.plainWords);
	});

	it('keeps three needs, three options each with the first reason given for it, and the first three steps', () => {
		const digest = resultsDigest(placement, recommendations);
		expect(digest.needs).toEqual(recommendations.needs.slice(0, 3));
		expect(digest.options).toHaveLength(
			Math.min(3, recommendations.options.filter((o) => o.why.length > 0).length)
		);
		for (const { ranked, reason } of digest.options) expect(reason).toBe(ranked.why[0]);
		expect(digest.steps).toEqual(recommendations.roadmap.steps.slice(0, 3));
	});

	it('passes over an option the engine gives no reason for', () => {
		const silent = {
			...recommendations,
			options: [{ ...recommendations.options[0]!, why: [] }, ...recommendations.options.slice(1)]
		};
		const digest = resultsDigest(placement, silent);
		expect(digest.options.map((o) => o.ranked.id)).not.toContain(recommendations.options[0]!.id);
		expect(digest.options.every((o) => o.reason.length > 0)).toBe(true);
	});
});
