import { describe, expect, it } from 'vitest';
import { leversTowards } from '../../../src/lib/engine/typology/levers';
import { profileAnswers } from './examples';

describe('levers towards a model', () => {
	it('say exactly which answers would change, unticking an exclusive « aucun »', () => {
		const levers = Object.fromEntries(leversTowards('climapart', profileAnswers('humanis')).map((l) => [l.id, l.changes]));
		expect(levers['create_ri_service']).toEqual({ ri_service: 'yes', steering: 'service', ri_fte: 3 });
		expect(levers['join_networks']).toEqual({ networks: ['rrma', 'cuf'] });
		expect(levers['state_cofunding']).toEqual({ external_funding: ['meae', 'afd_ficol'] });
		expect(levers['budget_climapart']).toEqual({ budget_band: '50k_100k' });
		expect(levers['rrma_support']).toEqual({ support_providers: ['rrma', 'specialised_association'] });
	});

	it('leave out what the authority already does', () => {
		const ids = leversTowards('climapart', profileAnswers('climapart')).map((l) => l.id);
		expect(ids).not.toContain('create_ri_service');
		expect(ids).not.toContain('budget_line');
		expect(ids).not.toContain('budget_climapart');
		expect(ids).toContain('water_cofunding');
	});
});
