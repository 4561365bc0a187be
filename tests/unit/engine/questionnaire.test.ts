// Every visibility rule of the questionnaire, checked from a user's point of view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import type { Answers } from '../../../src/lib/content/types';
import {
	effectiveAnswers,
	expectedSteps,
	nextStepId,
	offeredOptions,
	previousStepId,
	stepPosition,
	visibleQuestions,
	visibleSteps,
	findStep,
	findQuestion,
	withAssumedAnswers
} from '../../../src/lib/engine/questionnaire';
import { validAnswers } from '../../support/arbitraries';
import { engagedAnswers, startingAnswers } from '../../fixtures/answers';

const questionIds = (stepId: string, answers: Answers) =>
	visibleQuestions(findStep(questionnaire, stepId)!, answers).map((q) => q.id);
const stepIds = (answers: Answers) => visibleSteps(questionnaire, answers).map((s) => s.id);

describe('paths', () => {
	it('shows only profile, competences and engagement until the path is known', () => {
		expect(stepIds({})).toEqual(['profile', 'competences', 'engagement']);
	});

	it('follows the engaged path when the authority acts abroad', () => {
		expect(stepIds({ has_international_action: 'yes' })).toEqual([
			'profile',
			'competences',
			'engagement',
			'motivations',
			'actions',
			'geography',
			'organisation',
			'partnerships',
			'budget',
			'practices',
			'obstacles',
			'needs'
		]);
	});

	it('follows the shorter starting path otherwise (section 7 of the study)', () => {
		expect(stepIds({ has_international_action: 'no' })).toEqual([
			'profile',
			'competences',
			'engagement',
			'starting',
			'obstacles',
			'needs'
		]);
	});

	it('counts steps on the most common path until the engagement question is answered', () => {
		expect(stepPosition(questionnaire, {}, 'profile')).toEqual({ index: 1, count: 12 });
		expect(stepPosition(questionnaire, { has_international_action: 'no' }, 'starting')).toEqual({
			index: 4,
			count: 6
		});
		expect(expectedSteps(questionnaire, {})).toHaveLength(12);
	});

	it('moves forward and back along the visible steps only', () => {
		expect(nextStepId(questionnaire, startingAnswers, 'engagement')).toBe('starting');
		expect(nextStepId(questionnaire, engagedAnswers, 'engagement')).toBe('motivations');
		expect(previousStepId(questionnaire, startingAnswers, 'obstacles')).toBe('starting');
		expect(previousStepId(questionnaire, engagedAnswers, 'obstacles')).toBe('practices');
		expect(previousStepId(questionnaire, engagedAnswers, 'profile')).toBeNull();
		expect(nextStepId(questionnaire, engagedAnswers, 'needs')).toBeNull();
	});
});

describe('question conditions', () => {
	it('asks since when only authorities that act abroad', () => {
		expect(questionIds('engagement', { has_international_action: 'yes' })).toContain('seniority');
		expect(questionIds('engagement', { has_international_action: 'no' })).not.toContain('seniority');
	});

	it('asks for a department except to regions, once the region is known', () => {
		expect(questionIds('profile', {})).not.toContain('department');
		expect(questionIds('profile', { region: 'bretagne', authority_type: 'municipality' })).toContain('department');
		expect(questionIds('profile', { region: 'bretagne', authority_type: 'region' })).not.toContain('department');
	});

	it('offers only the departments of the chosen region', () => {
		const department = findQuestion(questionnaire, 'department')!;
		const offered = offeredOptions(department, { region: 'bretagne' }).map((o) => o.id);
		expect(offered.sort()).toEqual(['22', '29', '35', '56']);
	});

	it('asks for the main motivation and obstacle only among several ticked, offering only those', () => {
		expect(questionIds('motivations', { motivations: ['sdg'] })).not.toContain('main_motivation');
		expect(questionIds('motivations', { motivations: ['sdg', 'openness'] })).toContain('main_motivation');
		const main = findQuestion(questionnaire, 'main_obstacle')!;
		expect(offeredOptions(main, { obstacles: ['crises', 'human_means'] }).map((o) => o.id)).toEqual([
			'human_means',
			'crises'
		]);
	});

	it('asks about cooperation forms only with decentralised cooperation', () => {
		expect(questionIds('actions', { action_families: ['awareness'] })).not.toContain('cooperation_forms');
		expect(questionIds('actions', { action_families: ['awareness', 'decentralised_cooperation'] })).toContain(
			'cooperation_forms'
		);
	});

	it('asks about a Europe service of every engaged authority, and about RI staff only of those with an RI service', () => {
		const none = questionIds('organisation', { ri_service: 'no', europe_service: 'yes' });
		expect(none).not.toEqual(expect.arrayContaining(['ri_fte']));
		expect(none).toContain('europe_service');
		expect(none).toContain('europe_fte');
		expect(none).not.toContain('ri_europe_link');
		expect(none).not.toContain('agents_outside_service');
		expect(none).toContain('staff_time');
		const both = questionIds('organisation', { ri_service: 'yes', europe_service: 'yes' });
		expect(both).toEqual(
			expect.arrayContaining([
				'ri_fte',
				'europe_service',
				'europe_fte',
				'ri_europe_link',
				'agents_outside_service'
			])
		);
		expect(both).not.toContain('staff_time');
	});

	it('asks for partner countries unless the authority has no partner abroad', () => {
		expect(questionIds('geography', { zones: ['europe'] })).toContain('partner_countries');
		expect(questionIds('geography', { zones: ['none'] })).not.toContain('partner_countries');
	});

	it('asks which ministry and European programmes only when such funding was obtained', () => {
		expect(questionIds('budget', { external_funding: ['meae', 'eu'] })).toEqual(
			expect.arrayContaining(['ministry_instruments', 'eu_programmes'])
		);
		expect(questionIds('budget', { external_funding: ['none'] })).not.toEqual(
			expect.arrayContaining(['ministry_instruments'])
		);
		expect(questionIds('budget', { external_funding: ['none'] })).not.toContain('eu_programmes');
	});

	it('asks who supported the authority only when it was supported', () => {
		expect(questionIds('partnerships', { support_received: 'yes' })).toContain('support_providers');
		expect(questionIds('partnerships', { support_received: 'unknown' })).not.toContain('support_providers');
	});

	it('asks the declared amount only when development aid is declared', () => {
		expect(questionIds('budget', { oda_declared: 'yes' })).toContain('oda_amount');
		expect(questionIds('budget', { oda_declared: 'no' })).not.toContain('oda_amount');
	});
});

describe('effective answers', () => {
	it('keeps hidden answers stored but leaves them out of what counts', () => {
		const switched: Answers = {
			...engagedAnswers,
			has_international_action: 'no',
			starting_actions: ['awareness']
		};
		const effective = effectiveAnswers(questionnaire, switched);
		expect(effective['ri_service']).toBeUndefined();
		expect(effective['starting_actions']).toEqual(['awareness']);
		expect(switched['ri_service']).toBe('no');
	});

	it('drops a main choice that is no longer among the ticked ones, and a department of another region', () => {
		const effective = effectiveAnswers(questionnaire, {
			...engagedAnswers,
			motivations: ['sdg', 'openness'],
			main_motivation: 'international_solidarity',
			region: 'bretagne'
		});
		expect(effective['main_motivation']).toBeUndefined();
		expect(effective['department']).toBeUndefined();
	});
});

describe('assumed answers', () => {
	it('fill in only the path questions not answered yet, whatever the answers', () => {
		fc.assert(
			fc.property(validAnswers, (answers) => {
				expect(withAssumedAnswers(questionnaire, answers)).toEqual({
					...questionnaire.assumedUntilAnswered,
					...answers
				});
			})
		);
		expect(withAssumedAnswers(questionnaire, {})).toEqual({ has_international_action: 'yes' });
		expect(withAssumedAnswers(questionnaire, { has_international_action: 'no' })).toEqual({
			has_international_action: 'no'
		});
	});
});
