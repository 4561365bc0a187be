// Conditions of use read from the answers: what they say to an authority short of them.
import { describe, expect, it } from 'vitest';
import { supportOptions } from '../../../../src/lib/content/supports';
import { eligibilityOf } from '../../../../src/lib/engine/recommendations/eligibility';
import { check } from '../../../../src/lib/engine/recommendations/requirements';
import { readProfile } from '../../../../src/lib/engine/recommendations/profile';
import type { Answers } from '../../../../src/lib/content/types';
import { engagedAnswers } from '../../../fixtures/answers';

describe('requirements', () => {
	it('reads the FICOL local share as both authorities’ and their partners’, and its thresholds as the tool’s', () => {
		const p = readProfile({ ...engagedAnswers, ri_service: 'yes', ri_fte: 2, budget_band: 'under_10k' });
		const ficol = check({ kind: 'ficol_capacity' }, p);
		expect(ficol.rule).toMatch(
			/les collectivités \(française et partenaire\) et leurs partenaires apportant au moins 30/
		);
		expect(ficol.rule).not.toMatch(/côté français/);
		expect(ficol.opensWith).toMatch(/au moins 50\u00a0000\u00a0€ par an, ou un collectif/);
		expect(ficol.detail).toMatch(/c’est un repère, pas une règle de l’AFD\.$/);
	});

	it('says what is true of an authority with partners abroad but no cooperation with a foreign authority', () => {
		const p = readProfile({ ...engagedAnswers, action_families: ['eu_funds'] });
		expect(check({ kind: 'foreign_partnership' }, p).detail).toBe(
			'Vous ne menez pas de coopération décentralisée avec une collectivité étrangère.'
		);
	});

	it('reports no convention as unsigned unless the question was answered so', () => {
		const unasked = check(
			{ kind: 'partner_convention' },
			readProfile({ ...engagedAnswers, action_families: ['eu_funds'] })
		);
		expect(unasked.state).toBe('unmet');
		expect(unasked.detail).not.toMatch(/Aucune convention/);
		expect(unasked.detail).toMatch(/coopération décentralisée/);
		const unsigned = check(
			{ kind: 'partner_convention' },
			readProfile({ ...engagedAnswers, partner_convention: 'no' })
		);
		expect(unsigned.detail).toBe('Aucune convention n’est signée avec votre partenaire.');
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
	it('leaves projects with a joint fund’s country out of the general call, and to check beside other partners', () => {
		const call = supportOptions.find((o) => o.id === 'dctciv_general_call')!;
		const verdict = (partner_countries: string[]) =>
			eligibilityOf(call, readProfile({ ...engagedAnswers, partner_countries }));
		expect(verdict(['SN']).status).toBe('not_eligible');
		expect(verdict(['SN']).open[0]?.detail).toMatch(/relèvent des fonds conjoints/);
		expect(verdict(['SN']).withinReach).toBe(false);
		expect(verdict(['SN', 'ML']).status).toBe('to_check');
		expect(verdict(['ML']).status).toBe('eligible');
	});
	it('reads Erasmus+ Jeunesse as the fact sheet allows: obtained is met, partners beyond the Union or none yet to check', () => {
		const erasmus = supportOptions.find((o) => o.id === 'erasmus_youth')!;
		const status = (answers: Answers) => eligibilityOf(erasmus, readProfile(answers)).status;
		const youth = { ...engagedAnswers, zones: ['europe', 'north_america'], themes: ['youth_mobility'] };
		expect(status({ ...youth, partner_countries: ['CA'] })).toBe('not_eligible');
		expect(status({ ...youth, partner_countries: ['GB', 'CA'] })).toBe('to_check');
		expect(
			status({ ...youth, partner_countries: ['GB', 'CA'], external_funding: ['eu'], eu_programmes: ['erasmus'] })
		).toBe('eligible');
		const starting = { has_international_action: 'no', starting_actions: ['youth_mobility'] };
		expect(status(starting)).toBe('to_check');
	});
});
