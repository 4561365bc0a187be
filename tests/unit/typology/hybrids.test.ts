// Hybrids and gaps: mixes of two profile-types.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/lib/content/types';
import { whatIf } from '../../../src/lib/engine/typology/what-if';
import type { ModelId } from '../../../src/lib/engine/typology/types';
import { engaged, profileAnswers, shareOf, sharesTable } from './examples';

/** Both profiles' ticks together; single choices from the first, the main motivation from the second. */
function mix(first: ModelId, second: ModelId): Answers {
	const a = profileAnswers(first);
	const b = profileAnswers(second);
	const mixed: Record<string, Answers[string]> = { ...a };
	for (const [id, value] of Object.entries(b)) {
		const mine = a[id];
		if (Array.isArray(value) && Array.isArray(mine)) mixed[id] = [...new Set([...mine, ...value])];
	}
	const secondMotivations = b['motivations'];
	mixed['main_motivation'] = b['main_motivation'] ?? (Array.isArray(secondMotivations) ? secondMotivations[0] : undefined) ?? '';
	return mixed;
}

/** The questions the orientation rules read: why, how, on what and where. */
const orientationQuestions = [
	'motivations',
	'main_motivation',
	'action_families',
	'cooperation_forms',
	'cooperation_kinds',
	'intervention_modes',
	'actor_support',
	'themes',
	'zones',
	'partner_countries'
];

function orientationOf(source: ModelId, into: ModelId): Answers {
	const target: Record<string, Answers[string]> = { ...profileAnswers(into) };
	const from = profileAnswers(source);
	for (const id of orientationQuestions) {
		const value = from[id];
		if (value === undefined) delete target[id];
		else target[id] = value;
	}
	return target;
}

const sameLevelPairs: [ModelId, ModelId][] = [
	['humanis', 'cosmin'],
	['humanis', 'cimob'],
	['cosmin', 'cimob'],
	['climapart', 'astre']
];

describe('hybrid profiles', () => {
	it.each(sameLevelPairs.flatMap(([a, b]) => [[a, b], [b, a]]))('a mix of %s and %s shows both models on top, as a hybrid', (a, b) => {
		const placement = engaged(mix(a, b));
		console.log(sharesTable(`mélange ${a} + ${b}`, placement));
		expect(placement.models.slice(0, 2).map((m) => m.model).sort()).toEqual([a, b].sort());
		expect([...(placement.hybrid ?? [])].sort()).toEqual([a, b].sort());
	});
});

describe('gap between orientation and structuring', () => {
	it('a CLIMAPART orientation organised like a HUMANIS shows the gap and the way to CLIMAPART', () => {
		const answers = orientationOf('climapart', 'humanis');
		const placement = engaged(answers);
		console.log(sharesTable('orientation CLIMAPART, structuration HUMANIS', placement));
		expect(placement.orientation.main).toBe('climapart');
		expect(placement.structuring.main).toBe('humanis');
		expect(placement.gap).toBe(true);
		expect(placement.trajectory).toMatchObject({ from: 'humanis', towards: 'climapart' });
		const leverIds = placement.trajectory?.levers.map((l) => l.id);
		expect(leverIds).toEqual(expect.arrayContaining(['create_ri_service', 'budget_line', 'state_cofunding', 'join_networks', 'rrma_support']));
	});

	it('taking every lever of the trajectory moves the shares towards the model aimed at', () => {
		const answers = orientationOf('climapart', 'humanis');
		const levers = engaged(answers).trajectory?.levers ?? [];
		const changes = Object.assign({}, ...levers.map((l) => l.changes));
		const result = whatIf(answers, changes);
		expect(result.shifts.climapart).toBeGreaterThan(20);
		expect(result.after.kind === 'engaged' && result.after.main).toBe('climapart');
		expect(result.after.kind === 'engaged' && result.after.gap).toBe(false);
	});

	it('each lever alone raises the share of the model aimed at, or leaves it', () => {
		const answers = orientationOf('climapart', 'humanis');
		const base = engaged(answers);
		for (const lever of base.trajectory?.levers ?? []) {
			expect(whatIf(answers, lever.changes).shifts.climapart, lever.id).toBeGreaterThanOrEqual(0);
		}
	});

	it('a CLIMAPART-type is on its way to ASTRE; an ASTRE-type has no model further up', () => {
		expect(engaged(profileAnswers('climapart')).trajectory?.towards).toBe('astre');
		expect(engaged(profileAnswers('astre')).trajectory).toBeNull();
		expect(shareOf(engaged(profileAnswers('astre')), 'astre')).toBeGreaterThan(50);
	});
});
