// Levers say only what is true of the authority: a direction is never what it already does, and a
// consolidation lever names only what is missing and no partner it does not have.
import { describe, expect, it } from 'vitest';
import { consolidationLevers } from '../../../../src/lib/content/levers/consolidate';
import { directionLevers } from '../../../../src/lib/content/levers/directions';
import type { Answers } from '../../../../src/lib/content/types';
import { applicableLevers } from '../../../../src/lib/engine/recommendations/paths';

const base: Answers = {
	has_international_action: 'yes',
	authority_type: 'municipality',
	ri_service: 'no',
	action_families: ['decentralised_cooperation'],
	zones: ['sub_saharan_africa'],
	evaluation: ['none']
};
// the options levers rely on, all usable here
const usable = new Set(['f3e']);
const levers = (specs: Parameters<typeof applicableLevers>[0], answers: Answers) =>
	applicableLevers(specs, { ...base, ...answers }, 'small', usable);
const direction = (model: keyof typeof directionLevers, answers: Answers) =>
	levers(directionLevers[model], answers).map((l) => l.id);

describe('direction levers', () => {
	it.each([
		['humanis', { intervention_modes: ['essential_services_works'] }],
		['cosmin', { intervention_modes: ['heritage_exhibitions'] }],
		['cimob', { intervention_modes: ['youth_exchanges'] }],
		['climapart', { intervention_modes: ['service_network_structuring'] }]
	] as const)('%s is not offered to an authority already doing its core action', (model, doing) => {
		expect(direction(model, { intervention_modes: ['material_aid'] })).toHaveLength(1);
		expect(direction(model, { ...doing, themes: ['education'] })).toEqual([]);
	});
});

describe('consolidation levers', () => {
	const referent = (answers: Answers) =>
		levers(consolidationLevers, answers).find((l) => l.id.startsWith('referent'));

	it('names only the referent that is missing', () => {
		expect(referent({ steering: 'other_elected', staff_time: 'no' })?.label).toBe(
			'Désigner un élu et un agent référents'
		);
		const agent = referent({ steering: 'dedicated_elected', staff_time: 'no' });
		expect(agent?.label).toBe('Désigner un agent référent');
		expect(agent?.changes).toEqual({ staff_time: 'work_time' });
		const elected = referent({ steering: 'commission', staff_time: 'work_time' });
		expect(elected?.label).toBe('Désigner un élu référent');
		expect(elected?.changes).toEqual({ steering: 'dedicated_elected' });
		expect(referent({ steering: 'dedicated_elected', staff_time: 'work_time' })).toBeUndefined();
	});

	it('speaks of partners only to an authority that has one abroad', () => {
		const refugeesOnly = { action_families: ['refugee_reception'], zones: ['none'] };
		const said = levers(consolidationLevers, refugeesOnly)
			.map((l) => `${l.label} ${l.reason}`)
			.join('\n');
		expect(said).toMatch(/Suivre et évaluer/);
		expect(said).not.toMatch(/partenaires/);
		const evaluation = levers(consolidationLevers, {}).find((l) => l.id.startsWith('evaluation'));
		expect(evaluation?.reason).toMatch(/partagés avec vos partenaires/);
	});
});
