// Every region gets its own regional network first, or the contacts the fact sheet names for
// territories without one (§1.3); Yvelines gets YCID, the rest of Île-de-France none.
import { describe, expect, it } from 'vitest';
import { departmentsOfRegion, regions } from '../../../src/lib/content/geography';
import { buildRecommendations } from '../../../src/lib/engine/recommendations';
import { engagedPlacement, humanisType } from './fixtures';

const expectedFirst: Record<string, string> = {
	'auvergne-rhone-alpes': 'rrma_resacoop',
	'bourgogne-franche-comte': 'rrma_bfc_international',
	bretagne: 'rrma_bretagne_solidaire',
	'centre-val-de-loire': 'rrma_centraider',
	corse: 'falep_corse',
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
	'la-reunion': 'pcfoi',
	mayotte: 'pcfoi'
};

const withoutNetwork = ['corse', 'ile-de-france', 'la-reunion', 'mayotte'];
const nationalContacts = ['cuf', 'dctciv_advice', 'afccre', 'france_volontaires', 'arricod'];

function optionsIn(region: string, department: string) {
	return buildRecommendations({ ...humanisType, region, department }, engagedPlacement('humanis')).options;
}

describe.each(regions.map((r) => r.id))('region %s', (region) => {
	// Paris-area departments other than Yvelines: take the first that is not 78.
	const department = departmentsOfRegion(region).find((d) => d.code !== '78')?.code ?? '';
	const options = optionsIn(region, department);

	it('shows its network or territory contact first', () => {
		expect(options[0]?.id).toBe(expectedFirst[region]);
	});

	it('never shows another region’s network', () => {
		const regional = options.filter((o) => o.option.regionalNetwork).map((o) => o.id);
		expect(regional.length).toBeLessThanOrEqual(1);
	});

	if (withoutNetwork.includes(region))
		it('lists the national contacts the fact sheet names, explained', () => {
			const fallback = options.filter((o) => o.why.some((w) => w.startsWith('Votre territoire n’a pas de réseau régional')));
			expect(fallback.map((o) => o.id)).toEqual(expect.arrayContaining(nationalContacts));
		});
});

describe('Île-de-France', () => {
	it('gives YCID to an authority of the Yvelines, first', () => {
		expect(optionsIn('ile-de-france', '78')[0]?.id).toBe('rrma_ycid');
	});
	it('gives YCID to no other department of the region', () => {
		for (const department of departmentsOfRegion('ile-de-france').filter((d) => d.code !== '78'))
			expect(optionsIn('ile-de-france', department.code).map((o) => o.id)).not.toContain('rrma_ycid');
	});
	it('gives the regional council no department network', () => {
		const ids = buildRecommendations({ ...humanisType, authority_type: 'region', region: 'ile-de-france' }, engagedPlacement('humanis')).options.map((o) => o.id);
		expect(ids).not.toContain('rrma_ycid');
	});
});

describe('Antilles and Guyane', () => {
	it('presents Karib Horizon as based in Guadeloupe to Martinique and Guyane', () => {
		for (const region of ['martinique', 'guyane']) {
			const department = departmentsOfRegion(region)[0]?.code ?? '';
			expect(optionsIn(region, department)[0]?.why[0]).toBe('Basé en Guadeloupe, c’est le réseau régional de référence pour votre territoire.');
		}
	});
});
