// The options shown to authorities a review of the advice ran: a thematic option only on its theme, reasons
// drawn from the conditions it meets rather than from a zone alone, a stepping stone only towards an option
// within reach.
import { describe, expect, it } from 'vitest';
import { diagnosed } from './cases';
import { edgeCase, engagedAnswers, reviewedCases } from '../../../fixtures/answers';

const steppingStone = 'Une première étape pour structurer votre projet avant des cofinancements plus exigeants.';

function optionsOf(answers: Parameters<typeof diagnosed>[0]) {
	return diagnosed(answers).recommendations.options;
}

describe('ranking', () => {
	it.each(['mayotteComoros', 'departmentNorthAmerica', 'emergencyOnly'] as const)(
		'%s: no Erasmus+ without a partner in Europe',
		(name) => {
			expect(optionsOf(reviewedCases[name]).map((o) => o.id)).not.toContain('erasmus_youth');
		}
	);

	it('no Erasmus+ for a European partner alone, without youth in what the authority does', () => {
		const answers = { ...reviewedCases.emergencyOnly, partner_countries: ['DE'] };
		expect(optionsOf(answers).map((o) => o.id)).not.toContain('erasmus_youth');
		const youth = { ...answers, themes: ['emergency', 'youth_mobility'] };
		expect(optionsOf(youth).map((o) => o.id)).toContain('erasmus_youth');
	});

	it('gives Interreg a reason of its own where the European frame is met, not only a zone', () => {
		const { options, roadmap } = diagnosed(edgeCase('commune-martinique')).recommendations;
		expect(options.find((o) => o.id === 'interreg')?.why).toContainEqual(
			expect.stringMatching(/^Votre action entre dans un cadre de coopération territoriale européenne/)
		);
		expect(roadmap.steps.find((s) => s.id === 'apply_funding')?.options.map((o) => o.id)).toEqual(['interreg']);
	});

	it('pS-Eau only on the water theme, also where the territory has no regional network', () => {
		expect(optionsOf(reviewedCases.mayotteComoros).map((o) => o.id)).not.toContain('ps_eau');
		const water = { ...reviewedCases.mayotteComoros, themes: ['water_sanitation'] };
		expect(optionsOf(water).map((o) => o.id)).toContain('ps_eau');
	});

	it.each(['villageMorocco', 'emergencyOnly'] as const)(
		'%s: DCOL is no first step towards a FICOL out of its reach',
		(name) => {
			const dcol = optionsOf(reviewedCases[name]).find((o) => o.id === 'dcol');
			expect(dcol?.why ?? []).not.toContain(steppingStone);
		}
	);

	it('DCOL is a first step towards a FICOL the authority could open', () => {
		const answers = { ...edgeCase('departement-service-3-etp'), budget_band: '10k_50k' };
		const { options, notYet } = diagnosed(answers).recommendations;
		expect(notYet.map((o) => o.id)).toContain('ficol');
		expect(options.find((o) => o.id === 'dcol')?.why).toContain(steppingStone);
	});

	it('never says a regional network is carried by the territory’s associations', () => {
		for (const option of optionsOf(edgeCase('petite-commune-burkina')).filter((o) => o.regional))
			expect(option.why.join(' ')).not.toMatch(/ce sont eux qui le portent/);
	});

	it('says the water agencies are applied to, not decided by the elected officials as a « 1 % »', () => {
		const agencies = optionsOf(edgeCase('petite-commune-eau')).find((o) => o.id === 'water_agencies');
		expect(agencies?.why.join(' ')).toMatch(/vous pouvez y demander un cofinancement/);
		expect(agencies?.why.join(' ')).not.toMatch(/sur décision de vos élus/);
	});

	it('names first the partner countries an option is about, and counts the others rather than drop them', () => {
		const answers = { ...engagedAnswers, zones: ['asia', 'north_america', 'sub_saharan_africa'] };
		const groups = optionsOf({ ...answers, partner_countries: ['JP', 'US', 'CA', 'SN'] }).find(
			(o) => o.id === 'cuf_country_groups'
		);
		expect(groups?.why.join(' ')).toMatch(/\(Sénégal, Japon, États-Unis et 1 autre\)/);
	});
	it('proposes JSI, VVVSI and La Guilde to local actors only where they include associations', () => {
		const carried = /^À proposer aux acteurs de votre territoire/;
		const youth = { ...engagedAnswers, themes: ['youth_mobility'], motivations: ['international_solidarity'] };
		const reasons = (local_actors: string[]) =>
			optionsOf({ ...youth, local_actors })
				.filter((o) => ['jsi_vvvsi', 'guilde_microprojects'].includes(o.id))
				.flatMap((o) => o.why);
		expect(reasons(['companies', 'public_utilities', 'schools'])).not.toContainEqual(
			expect.stringMatching(carried)
		);
		expect(reasons(['twinning_committees'])).toContainEqual(expect.stringMatching(carried));
	});

	it('quotes the competences it names', () => {
		const answers = {
			...engagedAnswers,
			themes: ['energy', 'climate', 'water_sanitation'],
			service_competences: ['water', 'sanitation']
		};
		const why = optionsOf(answers).flatMap((o) => o.why);
		expect(why).toContainEqual(
			expect.stringMatching(
				/^Vous exercez les compétences «\u00a0eau potable\u00a0» et «\u00a0assainissement\u00a0»\u00a0:/
			)
		);
	});
	it('tells an authority that took part in Clés en main so, not that it obtained a grant', () => {
		const answers = {
			...engagedAnswers,
			ri_service: 'no',
			external_funding: ['meae'],
			ministry_instruments: ['cles_en_main']
		};
		const why = optionsOf(answers).find((o) => o.id === 'dctciv_cles_en_main')?.why ?? [];
		expect(why).toContainEqual(expect.stringMatching(/^Votre collectivité y a déjà pris part/));
		expect(why.join(' ')).not.toMatch(/atout pour une nouvelle demande/);
	});
});
