// Conditions of use read from the answers: what they say to an authority short of them.
import { describe, expect, it } from 'vitest';
import { supportOptions } from '../../../../src/lib/content/supports';
import { eligibilityOf } from '../../../../src/lib/engine/recommendations/eligibility';
import { check } from '../../../../src/lib/engine/recommendations/requirements';
import { readProfile } from '../../../../src/lib/engine/recommendations/profile';
import { engagedAnswers } from '../../../fixtures/answers';

describe('requirements', () => {
	it('gives the basis of the FICOL budget figure: the authorities’ share of a project', () => {
		const p = readProfile({ ...engagedAnswers, ri_service: 'yes', ri_fte: 2, budget_band: 'under_10k' });
		const ficol = check({ kind: 'ficol_capacity' }, p);
		expect(ficol.opensWith).toMatch(
			/au moins 50\u00a0000\u00a0€ par an \(la part des collectivités dans un projet FICOL est d’environ 85\u00a0000\u00a0€\)/
		);
	});

	it('reports as unanswered only a question that was asked', () => {
		const starting = readProfile({ ...engagedAnswers, has_international_action: 'no' });
		expect(check({ kind: 'agents_involved' }, starting).detail).not.toMatch(/Vous n’avez pas dit/);
		const { staff_time: _unanswered, ...withoutStaffTime } = engagedAnswers;
		const noAgentsAnswer = readProfile(withoutStaffTime);
		expect(check({ kind: 'agents_involved' }, noAgentsAnswer).detail).toBe(
			'Vous n’avez pas dit si des agents y travaillent.'
		);
	});

	it('opens the water agencies to the six metropolitan basins only, Corsica included', () => {
		const agencies = supportOptions.find((o) => o.id === 'water_agencies')!;
		const water = { ...engagedAnswers, service_competences: ['water'] };
		const status = (region: string, department: string) =>
			eligibilityOf(agencies, readProfile({ ...water, region, department })).status;
		expect(status('guyane', '973')).toBe('not_eligible');
		expect(status('la-reunion', '974')).toBe('not_eligible');
		expect(status('corse', '2A')).toBe('eligible');
		expect(status('pays-de-la-loire', '44')).toBe('eligible');
	});
});
