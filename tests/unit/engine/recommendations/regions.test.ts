// Every region gets its own regional network first, or the contacts the fact sheet names for
// territories without one (§1.3); Yvelines gets YCID, the rest of Île-de-France none; Karib Horizon
// is Guadeloupe's network and the nearest one for Martinique and Guyane; the PCFOI is never first.
import { describe, expect, it } from 'vitest';
import { departmentsOfRegion, regions } from '../../../../src/lib/content/geography';
import { diagnosed } from './cases';
import { profileAnswers } from '../../../fixtures/answers';

const expectedFirst: Record<string, string> = {
	'auvergne-rhone-alpes': 'rrma_resacoop',
	'bourgogne-franche-comte': 'rrma_bfc_international',
	bretagne: 'rrma_bretagne_solidaire',
	'centre-val-de-loire': 'rrma_centraider',
	corse: 'cuf',
	'grand-est': 'rrma_gescod',
	'hauts-de-france': 'rrma_lianes',
	'ile-de-france': 'cuf',
	normandie: 'rrma_horizons_solidaires',
	'nouvelle-aquitaine': 'rrma_so_cooperation',
	occitanie: 'rrma_occitanie_cooperation',
	'pays-de-la-loire': 'rrma_pays_de_la_loire',
	'provence-alpes-cote-d-azur': 'rrma_territoires_solidaires',
	guadeloupe: 'rrma_karib_horizon',
	martinique: 'rrma_karib_horizon',
	guyane: 'rrma_karib_horizon',
	'la-reunion': 'cuf',
	mayotte: 'cuf'
};

const withoutNetwork = ['corse', 'ile-de-france', 'la-reunion', 'mayotte'];
const nationalContacts = ['cuf', 'dctciv_advice', 'france_volontaires'];

function adviceIn(region: string, department: string, changes: Record<string, string> = {}) {
	return diagnosed({ ...profileAnswers('humanis'), region, department, ...changes }).recommendations;
}

describe.each(regions.map((r) => r.id))('region %s', (region) => {
	// Paris-area departments other than Yvelines: take the first that is not 78.
	const department = departmentsOfRegion(region).find((d) => d.code !== '78')?.code ?? '';
	const advice = adviceIn(region, department);

	it('shows its network, or a national contact, first, and starts the roadmap with it', () => {
		expect(advice.options[0]?.id).toBe(expectedFirst[region]);
		const contact = advice.roadmap.steps[0];
		expect(contact?.id).toBe('contact_network');
		if (!withoutNetwork.includes(region))
			expect(contact?.options.map((o) => o.id)).toEqual([expectedFirst[region]]);
	});

	it('never shows another region’s network', () => {
		expect(advice.options.filter((o) => o.option.regionalNetwork).length).toBeLessThanOrEqual(1);
	});

	if (withoutNetwork.includes(region))
		it('lists the national contacts the fact sheet names, explained', () => {
			const fallback = advice.options.filter((o) =>
				o.why.some((w) => w.startsWith('Votre territoire n’a pas de réseau régional'))
			);
			expect(fallback.map((o) => o.id)).toEqual(expect.arrayContaining(nationalContacts));
		});
});

describe('Île-de-France', () => {
	it('gives YCID to an authority of the Yvelines, first', () => {
		expect(adviceIn('ile-de-france', '78').options[0]?.id).toBe('rrma_ycid');
	});
	it('gives YCID to no other department of the region', () => {
		for (const department of departmentsOfRegion('ile-de-france').filter((d) => d.code !== '78'))
			expect(adviceIn('ile-de-france', department.code).options.map((o) => o.id)).not.toContain('rrma_ycid');
	});
});

describe('the overseas territories', () => {
	it('presents Karib Horizon as Guadeloupe’s own network there, and as the nearest network in Martinique and Guyane', () => {
		expect(adviceIn('guadeloupe', '971').options[0]?.why[0]).toBe(
			'C’est le réseau régional multi-acteurs de votre territoire\u00a0: votre premier interlocuteur.'
		);
		for (const region of ['martinique', 'guyane']) {
			const department = departmentsOfRegion(region)[0]?.code ?? '';
			const first = adviceIn(region, department).options[0];
			expect(first?.why[0]).toMatch(
				/^Votre région n’a pas de réseau régional multi-acteurs identifié\u00a0; basé en Guadeloupe, c’est le réseau le plus proche\./
			);
			expect(first?.why.join(' ')).not.toMatch(/de référence/);
		}
	});

	it('names the PCFOI for what it is, a State-led concertation, never first', () => {
		for (const region of ['la-reunion', 'mayotte']) {
			const department = departmentsOfRegion(region)[0]?.code ?? '';
			const options = adviceIn(region, department).options;
			expect(options[0]?.id).not.toBe('pcfoi');
			const pcfoi = options.find((o) => o.id === 'pcfoi');
			if (pcfoi) expect(pcfoi.option.offers).toMatch(/Instance informelle de concertation, menée par l’État/);
		}
	});
});
