import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../../src/lib/content/questionnaire';
import type { Answers } from '../../../../src/lib/content/types';
import { LONGEST_NAME, resultsScreen, type ResultsScreen } from '../../../../src/lib/engine/meeting/results-screen';
import { effectiveAnswers } from '../../../../src/lib/engine/questionnaire';
import { buildRecommendations } from '../../../../src/lib/engine/recommendations';
import { placeDiagnostic } from '../../../../src/lib/engine/typology/placement';
import { engagedAnswers, orientationOf, profileAnswers, startingAnswers } from '../../../fixtures/answers';

function screenOf(answers: Answers): ResultsScreen {
	const screen = resultsScreen(questionnaire, answers);
	if (!screen) throw new Error('expected a complete questionnaire');
	return screen;
}

function recommendationsOf(answers: Answers) {
	const effective = effectiveAnswers(questionnaire, answers);
	return buildRecommendations(effective, placeDiagnostic(effective));
}

describe('the presenter results screen', () => {
	it('reads the main model and its meaning in one sentence when the profile is clear-cut', () => {
		const screen = screenOf(profileAnswers('humanis'));
		expect(screen.kind).toBe('engaged');
		expect(screen.reading).toEqual([
			'Votre action extérieure ressemble d’abord au modèle HUMANIS : « humanitaire et social ».'
		]);
	});

	it('adds a sentence for a hybrid profile, and one for a gap with the organisation the study describes', () => {
		const hybrid = screenOf(engagedAnswers);
		expect(hybrid.reading[1]).toBe('Un profil hybride, selon la zone ou le thème : HUMANIS et CLIMAPART.');
		const gap = screenOf(orientationOf('climapart', 'humanis'));
		expect(gap.kind === 'engaged' && gap.placement.gap).toBe(true);
		expect(gap.reading.at(-1)).toMatch(
			/décrit le modèle CLIMAPART avec un service des relations internationales\u00a0; vous n’avez pas de service/
		);
	});

	it('shows the three best-ranked options with their strongest reason, the regional network first', () => {
		const screen = screenOf(engagedAnswers);
		const ranked = recommendationsOf(engagedAnswers).options.slice(0, 3);
		expect(screen.options).toEqual(ranked.map((r) => ({ id: r.id, name: r.option.name, reason: r.why[0] })));
		expect(screen.options[0]!.name).toBe('Pays de la Loire Coopération Internationale');
	});

	it('gives a long name way to its short name, to fit a box on the projected screen', () => {
		const screen = screenOf({ ...engagedAnswers, region: 'auvergne-rhone-alpes', department: '69' });
		expect(screen.options[0]!.name).toBe('Résacoop');
		for (const option of screen.options) expect(option.name.length).toBeLessThanOrEqual(LONGEST_NAME);
	});

	it('shows the starting roadmap’s first three steps and options to an authority with no action yet', () => {
		const screen = screenOf(startingAnswers);
		const recommendations = recommendationsOf(startingAnswers);
		expect(screen.kind).toBe('starting');
		if (screen.kind !== 'starting') return;
		expect(screen.reading[0]).toMatch(/^Pas encore d’action extérieure/);
		expect(screen.steps.map((s) => s.title)).toEqual(recommendations.roadmap.steps.slice(0, 3).map((s) => s.title));
		expect(screen.options.map((o) => o.id)).toEqual(recommendations.options.slice(0, 3).map((o) => o.id));
	});

	it('shows nothing while the questionnaire is incomplete: no provisional model in front of a room', () => {
		const { budget_band: _budget, ...missing } = engagedAnswers;
		expect(resultsScreen(questionnaire, missing)).toBeNull();
	});
});
