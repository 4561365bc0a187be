// The advice for one authority: needs, the options it can use, those it could open, the paths that
// consolidate its action, the roadmap and its position among the study's respondents. Every part
// reads one eligibility verdict per option (eligibility.ts).
import { supportOptions } from '../../content/supports';
import type { Answers } from '../../content/types';
import type { Placement } from '../typology/types';
import { eligibilityMap } from './eligibility';
import { matchNeeds } from './needs';
import { notYetOptions } from './not-yet';
import { buildPaths } from './paths';
import { positionAmongPeers } from './peers';
import { readProfile } from './profile';
import { fitsWhatItDoes, rankSupportOptions } from './ranking';
import { buildRoadmap } from './roadmap';
import { scaleOf } from './scale';
import type { Recommendations } from './types';

export type * from './types';
export type { EligibilityStatus, EligibilityVerdict } from './eligibility';
export { optionNamesFr } from './text';

/** `answers` are the effective answers (see effectiveAnswers); `today` dates the calendars. */
export function buildRecommendations(
	answers: Answers,
	placement: Placement,
	today: Date = new Date()
): Recommendations {
	const profile = readProfile(answers);
	const scale = scaleOf(profile);
	const verdicts = eligibilityMap(profile);
	const needs = matchNeeds(answers, placement);
	// what it could open (« pas encore »), for the options that prepare for it; the list's links need the ranking
	const opening = new Set(notYetOptions(profile, needs, scale, verdicts, []).map((o) => o.id));
	const options = rankSupportOptions(profile, placement, needs, verdicts, opening, scale, today);
	const usable = new Set(
		supportOptions
			.filter((o) => verdicts.get(o.id)?.status === 'eligible' && fitsWhatItDoes(o, profile))
			.map((o) => o.id)
	);
	const paths = buildPaths(answers, placement, scale, usable);
	return {
		needs,
		options,
		notYet: notYetOptions(profile, needs, scale, verdicts, options),
		paths,
		roadmap: buildRoadmap(profile, needs, options, paths),
		peers: positionAmongPeers(answers)
	};
}
