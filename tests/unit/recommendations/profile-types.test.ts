// The study's five profile-types and a starting authority: what each one is shown first.
import { describe, expect, it } from 'vitest';
import { buildRecommendations } from '../../../src/lib/engine/recommendations';
import { astreType, cimobType, climapartType, cosminType, engagedPlacement, humanisType, startingPlacement, startingType } from './fixtures';

const ids = (answers: typeof humanisType, placement: Parameters<typeof buildRecommendations>[1], count = Infinity) =>
	buildRecommendations(answers, placement)
		.options.slice(0, count)
		.map((o) => o.id);

describe('HUMANIS-type', () => {
	const result = buildRecommendations(humanisType, engagedPlacement('humanis'));
	it('puts its own regional network first', () => {
		expect(result.options[0]?.id).toBe('rrma_pays_de_la_loire');
	});
	it('needs funding information first, then project design', () => {
		expect(result.needs.slice(0, 2).map((n) => [n.id, n.declared])).toEqual([
			['funding_information', true],
			['project_design', true]
		]);
	});
	it('is pointed to project-design support and a funding option in its top five, and never to FICOL', () => {
		const top = ids(humanisType, engagedPlacement('humanis'), 5);
		expect(top).toContain('dcol');
		expect(top).toContain('dctciv_general_call');
		expect(ids(humanisType, engagedPlacement('humanis'))).not.toContain('ficol');
	});
	it('sees DCOL explained as a step before FICOL', () => {
		const dcol = result.options.find((o) => o.id === 'dcol');
		expect(dcol?.why.some((w) => w.includes('Une étape avant FICOL'))).toBe(true);
	});
});

describe('COSMIN-type', () => {
	it('gets Cités Unies France, its country groups and town twinning near the top', () => {
		const top = ids(cosminType, engagedPlacement('cosmin'), 6);
		expect(top[0]).toBe('rrma_bretagne_solidaire');
		expect(top).toEqual(expect.arrayContaining(['cuf', 'cuf_country_groups', 'cerv_town_twinning']));
	});
	it('is told to declare its ODA, since it seeks ministry co-funding without declaring', () => {
		const need = buildRecommendations(cosminType, engagedPlacement('cosmin')).needs.find((n) => n.id === 'oda_declaration');
		expect(need?.declared).toBe(false);
		expect(need?.reasons).toContain('Vous ne déclarez pas votre aide publique au développement.');
	});
});

describe('CIMOB-type', () => {
	it('gets the youth mobility programmes', () => {
		const top = ids(cimobType, engagedPlacement('cimob'), 10);
		expect(top).toEqual(expect.arrayContaining(['ofaj', 'erasmus_youth', 'jsi_vvvsi', 'dctciv_youth_call']));
	});
	it('learns that JSI and VVVSI are carried by associations', () => {
		const jsi = buildRecommendations(cimobType, engagedPlacement('cimob')).options.find((o) => o.id === 'jsi_vvvsi');
		expect(jsi?.why).toContain('À proposer aux associations de votre territoire\u00a0: ce sont elles qui le portent.');
	});
});

describe('CLIMAPART-type', () => {
	it('gets FICOL and the water 1 % in its top five, and the water agencies', () => {
		expect(ids(climapartType, engagedPlacement('climapart'), 5)).toEqual(expect.arrayContaining(['ficol', 'one_percent_water']));
		expect(ids(climapartType, engagedPlacement('climapart'))).toContain('water_agencies');
	});
	it('loses the water 1 % without the water or sanitation competence', () => {
		expect(ids({ ...climapartType, service_competences: ['none'] }, engagedPlacement('climapart'))).not.toContain('one_percent_water');
	});
});

describe('ASTRE-type', () => {
	it('gets the European programmes', () => {
		const all = ids(astreType, engagedPlacement('astre'));
		expect(all.slice(0, 3)).toContain('interreg');
		expect(all.slice(0, 8)).toContain('cerv_networks_of_towns');
	});
	it('is reminded it already belongs to its regional network', () => {
		const first = buildRecommendations(astreType, engagedPlacement('astre')).options[0];
		expect(first?.why).toContain('Votre collectivité en est déjà membre\u00a0: sollicitez-le.');
	});
});

describe('authority with no international action', () => {
	const result = buildRecommendations(startingType, startingPlacement);
	it('gets its network, then the collective programmes that need no dedicated team', () => {
		expect(result.options.slice(0, 3).map((o) => o.id)).toEqual(['rrma_occitanie_cooperation', 'dctciv_cles_en_main', 'dcol']);
	});
	it('is offered no option that requires a partnership abroad', () => {
		expect(result.options.map((o) => o.id)).not.toContain('dctciv_general_call');
		expect(result.options.map((o) => o.id)).not.toContain('ficol');
	});
	it('gets a starting roadmap with a youth mobility step', () => {
		expect(result.roadmap.kind).toBe('starting');
		expect(result.roadmap.steps.map((s) => s.id)).toEqual(expect.arrayContaining(['contact_network', 'collective_programme', 'youth_mobility']));
	});
});
