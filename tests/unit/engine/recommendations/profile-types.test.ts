// The advice a regional network adviser would sign, checked on the study's profile-types and on the
// authorities at the edges (examples/cas-limites): the model a reader of the study expects, and not
// a single lead the authority cannot use.
import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../../../src/lib/engine';
import { adviceTexts, diagnosed } from './cases';
import { edgeCase, profileAnswers } from '../../../fixtures/answers';

const ids = (d: Diagnosis) => d.recommendations.options.map((o) => o.id);
const all = (d: Diagnosis) =>
	[...adviceTexts(d).map((t) => t.text), ...d.recommendations.notYet.map((n) => n.option.name)]
		.join('\n')
		.replace(/[\u00a0\u202f]/g, ' ');
const main = (d: Diagnosis) => (d.placement.kind === 'engaged' ? d.placement.main : 'starting');
const levers = (d: Diagnosis) => d.recommendations.paths.consolidate.map((l) => l.id);

describe('the five profile-types', () => {
	it.each(['humanis', 'cosmin', 'cimob', 'climapart', 'astre'] as const)(
		'%s gets its model, its regional network first, and no step towards another model',
		(model) => {
			const d = diagnosed(profileAnswers(model));
			expect(main(d)).toBe(model);
			expect(d.recommendations.options[0]?.regional).toBe(true);
			expect(all(d)).not.toMatch(
				/Viser le modèle|Créer un service des relations internationales|Porter le budget/
			);
		}
	);

	it('says of the COSMIN-type what the study says: not yet able to carry a FICOL', () => {
		const d = diagnosed(profileAnswers('cosmin'));
		const ficol = d.recommendations.notYet.find((n) => n.id === 'ficol');
		expect(ficol?.opensWith.join(' ')).toMatch(/équipe d’au moins un équivalent temps plein/);
		expect(ficol?.first.map((o) => o.id)).toEqual(expect.arrayContaining(['rrma_resacoop', 'dcol']));
		expect(ids(d)).not.toContain('ficol');
	});
});

describe('authorities at the edges', () => {
	it('a commune of 1 800 inhabitants spending 3 000 € a year gets leads at its scale: no service, no budget target, no FICOL, no « 1 % », no European programme', () => {
		const d = diagnosed(edgeCase('petite-commune-burkina'));
		expect(main(d)).toBe('humanis');
		for (const id of [
			'ficol',
			'one_percent_water',
			'water_agencies',
			'interreg',
			'cerv_town_twinning',
			'erasmus_youth'
		])
			expect(ids(d)).not.toContain(id);
		expect(d.recommendations.notYet.map((n) => n.id)).not.toContain('ficol');
		expect(all(d)).not.toMatch(/FICOL|AFD|agences de l’eau|1 % eau|programmes européens|service Europe|ETP|€/);
		expect(levers(d)).toEqual(
			expect.arrayContaining(['referent_agent', 'intercommunality', 'collective_programme', 'oda_declaration'])
		);
		expect(d.recommendations.roadmap.steps[0]?.title).toBe('Prendre rendez-vous avec le Réseau Bretagne Solidaire');
	});

	it('a small commune with the water competence gets the « 1 % eau » and the water agency, proposed to its elected officials', () => {
		const d = diagnosed(edgeCase('petite-commune-eau'));
		expect(ids(d)).toEqual(expect.arrayContaining(['one_percent_water', 'water_agencies']));
		expect(d.recommendations.roadmap.steps.map((s) => s.id)).toContain('one_percent');
		expect(all(d)).not.toMatch(/FICOL/);
	});

	it('a city with half an ETP and twin towns only in Germany and Italy: COSMIN with a gap, CERV and OFAJ, never FICOL', () => {
		const d = diagnosed(edgeCase('ville-moyenne-mi-temps-europe'));
		expect(main(d)).toBe('cosmin');
		expect(d.placement.kind === 'engaged' && d.placement.gap).toBe(true);
		expect(ids(d)).toEqual(expect.arrayContaining(['cerv_town_twinning', 'ofaj']));
		expect(ids(d)).not.toContain('ficol');
		expect(d.recommendations.notYet.map((n) => n.id)).not.toContain('ficol');
		expect(all(d)).not.toMatch(/absence d’équipe/);
	});

	it('a city doing youth mobility and culture with partners in Germany and Italy is CIMOB, not CLIMAPART, whatever its 2-ETP service', () => {
		const d = diagnosed(edgeCase('ville-jeunesse-allemagne-italie'));
		expect(main(d)).toBe('cimob');
		expect(d.placement.kind === 'engaged' && d.placement.structuring.main).toBe('climapart');
		expect(d.placement.kind === 'engaged' && d.placement.sentences.organisation).toMatch(
			/pas une erreur de classement/
		);
	});

	it('a région with a 6-ETP service, over 500 000 € and State, EU and AFD money is not HUMANIS, even led by solidarity', () => {
		const d = diagnosed(edgeCase('region-solidarite'));
		expect(main(d)).toBe('climapart');
		expect(d.placement.kind === 'engaged' && d.placement.orientation.main).toBe('humanis');
		expect(d.placement.kind === 'engaged' && d.placement.sentences.retained).not.toBeNull();
		expect(ids(d)).toContain('ficol');
		expect(levers(d)).not.toContain('referent');
		expect(all(d)).not.toMatch(/absence d’équipe|sans équipe dédiée/);
	});

	it('a city of attractiveness and tourism in China with 10 ETP but no Europe service is ASTRE, with no gap', () => {
		const d = diagnosed(edgeCase('grande-ville-attractivite-sans-service-europe'));
		expect(main(d)).toBe('astre');
		expect(d.placement.kind === 'engaged' && d.placement.atypical).toBe(false);
		expect(d.placement.kind === 'engaged' && d.placement.exclusions).toEqual([]);
		expect(d.placement.kind === 'engaged' && d.placement.sentences.organisation).toMatch(
			/comme lui, vous avez un service des relations internationales\.$/
		);
	});

	it('a département with a 3-ETP service is never told it lacks a team', () => {
		const d = diagnosed(edgeCase('departement-service-3-etp'));
		expect(main(d)).toBe('climapart');
		expect(all(d)).not.toMatch(/absence d’équipe|sans équipe dédiée|personne n’y travaille/);
		expect(d.recommendations.roadmap.steps.find((s) => s.id === 'project_support')?.detail).toMatch(/votre équipe/);
	});

	it('an authority with no partner abroad can say so, and is offered no call that needs one', () => {
		const d = diagnosed(edgeCase('commune-sans-partenaire'));
		expect(main(d)).toBe('cimob');
		for (const id of [
			'dctciv_general_call',
			'dctciv_thematic_calls',
			'dctciv_youth_call',
			'ficol',
			'cuf_country_groups'
		])
			expect(ids(d)).not.toContain(id);
	});

	it('a commune of Martinique is sent to the nearest network, in Guadeloupe, and its « 1 % » are to be checked', () => {
		const d = diagnosed(edgeCase('commune-martinique'));
		expect(d.recommendations.options[0]?.id).toBe('rrma_karib_horizon');
		expect(d.recommendations.roadmap.steps.map((s) => s.id)).toContain('check_competences');
	});

	it('a commune of 400 inhabitants with a fifth of a post has no team of its own: the collective programmes stay open', () => {
		const d = diagnosed(edgeCase('commune-400-habitants-cinquieme-de-poste'));
		expect(ids(d)).toContain('dctciv_cles_en_main');
		expect(levers(d)).toContain('collective_programme');
		expect(all(d)).not.toMatch(/votre équipe|absence d’équipe|sans équipe dédiée/);
	});

	it('aid sent abroad is not a partnership: the ministry’s calls wait for one, and no convention is asked about', () => {
		const d = diagnosed(edgeCase('commune-aide-urgence-seule'));
		for (const id of ['dctciv_general_call', 'dctciv_joint_funds', 'ficol']) expect(ids(d)).not.toContain(id);
		const notYet = d.recommendations.notYet.flatMap((n) => [...n.missing, ...n.opensWith]).join(' ');
		expect(`${all(d)} ${notYet}`).not.toMatch(/convention est signée/);
	});

	it('an agglomeration with over 500 000 € and no staff is asked for a team before a FICOL, not for a budget', () => {
		const d = diagnosed(edgeCase('agglo-gros-budget-sans-agent'));
		const ficol = d.recommendations.notYet.find((n) => n.id === 'ficol');
		expect(ficol?.opensWith.join(' ')).toMatch(/une équipe d’au moins un équivalent temps plein/);
		expect(ficol?.opensWith.join(' ')).not.toMatch(/budget|de cet ordre/);
	});

	it('a commune spending under 10 000 € is compared with the study’s base, not with itself', () => {
		const d = diagnosed(edgeCase('petite-commune-burkina'));
		const budget = d.recommendations.peers.statements.find((s) => s.id === 'budget_band');
		expect(budget?.text).not.toMatch(/d’entre elles/);
		expect(budget?.text).toMatch(/la moitié des collectivités de l’étude qui ont indiqué un budget/);
	});

	it('a commune of La Réunion working in Madagascar and the Comoros: no European network, no regional network named, DCOL first to design its projects', () => {
		const d = diagnosed(edgeCase('commune-reunion-madagascar'));
		expect(ids(d)).not.toContain('afccre');
		const steps = d.recommendations.roadmap.steps;
		expect(steps.find((s) => s.id === 'apply_funding')?.detail).toMatch(
			/^Montez le dossier avec votre partenaire, /
		);
		expect(steps.find((s) => s.id === 'project_support')?.options[0]?.id).toBe('dcol');
		expect(all(d)).not.toMatch(/votre réseau/);
	});

	it('an agglomeration doing awareness with no partner abroad and no water theme: no water agency, no Interreg, no partner in its steps', () => {
		const d = diagnosed(edgeCase('agglo-sensibilisation-sans-partenaire'));
		expect(ids(d)).not.toContain('water_agencies');
		expect(ids(d)).not.toContain('afccre');
		expect(d.recommendations.notYet.map((n) => n.id)).not.toContain('interreg');
		expect(all(d)).not.toMatch(/agences de l’eau|votre partenaire/);
		const network = d.recommendations.options.find((o) => o.regional);
		expect(network?.why.join(' ')).not.toMatch(/ce sont eux qui le portent/);
	});

	it('a commune of Guyane with the water competence: its « 1 % eau », but no water agency, which serve the six metropolitan basins', () => {
		const d = diagnosed(edgeCase('commune-guyane-bresil'));
		expect(ids(d)).toContain('one_percent_water');
		expect(ids(d)).not.toContain('water_agencies');
		expect(all(d)).not.toMatch(/agences de l’eau/);
	});

	it('a water syndicate starting out is never told it left unanswered a question the starting path does not ask', () => {
		const d = diagnosed(edgeCase('syndicat-eau-qui-demarre'));
		expect(main(d)).toBe('starting');
		const toCheck = d.recommendations.options.flatMap((o) => o.toCheck).join(' ');
		expect(toCheck).not.toMatch(/Vous n’avez pas dit si des agents/);
		expect(ids(d)).not.toContain('arricod');
	});

	it('a commune that has not started is told when the APD declaration becomes due, not that it is due already', () => {
		const d = diagnosed(edgeCase('commune-qui-debute'));
		const step = d.recommendations.roadmap.steps.find((s) => s.id === 'declare_oda');
		expect(step?.detail).toMatch(/^Dès que votre collectivité finance de l’aide au développement/);
	});

	it('a commune that has not started is not placed, and its « 1 % » are to be checked with its service, never recommended', () => {
		const d = diagnosed(edgeCase('commune-qui-debute'));
		expect(main(d)).toBe('starting');
		const onePercent = d.recommendations.options.filter(
			(o) => o.id.startsWith('one_percent_') && o.id !== 'one_percent_solidaires'
		);
		for (const option of onePercent) {
			expect(option.status).toBe('to_check');
			expect(option.toCheck.join(' ')).toMatch(/à vérifier auprès de votre service ou de votre intercommunalité/);
		}
		expect(d.recommendations.roadmap.steps.map((s) => s.id)).toContain('check_competences');
		expect(d.recommendations.roadmap.steps.flatMap((s) => s.options.map((o) => o.id))).not.toContain(
			'one_percent_water'
		);
	});
	it('an intercommunality working in Senegal alone goes to the joint fund, not the general call', () => {
		const d = diagnosed(edgeCase('interco-senegal-fonds-conjoint'));
		expect(ids(d)).toContain('dctciv_joint_funds');
		expect(ids(d)).not.toContain('dctciv_general_call');
		expect(all(d)).not.toMatch(/pays parmi les moins avancés \(Sénégal\)/);
	});

	it('an energy syndicate is told its themes apart, and its competence in quotes', () => {
		const d = diagnosed(edgeCase('syndicat-energie-tunisie'));
		expect(all(d)).not.toMatch(/énergie et climat et transitions/);
		expect(all(d)).toMatch(/Correspond à vos thèmes : énergie ; climat et transitions\./);
		expect(all(d)).toMatch(/Vous exercez la compétence « distribution publique d’électricité ou de gaz » :/);
	});

	it('a region that already obtained Erasmus+ keeps it, its partners being in the United Kingdom and Québec', () => {
		const d = diagnosed(edgeCase('region-normandie-jeunesse-royaume-uni-quebec'));
		expect(d.recommendations.options.find((o) => o.id === 'erasmus_youth')?.status).toBe('eligible');
		const notObtained = diagnosed({
			...edgeCase('region-normandie-jeunesse-royaume-uni-quebec'),
			eu_programmes: ['interreg']
		});
		expect(notObtained.recommendations.options.find((o) => o.id === 'erasmus_youth')?.status).toBe('to_check');
	});

	it('a commune starting with youth mobility gets Erasmus+ Jeunesse to check', () => {
		const youth = { starting_actions: ['youth_mobility'], starting_themes: ['youth_mobility'] };
		const d = diagnosed({ ...edgeCase('commune-qui-debute'), ...youth });
		const erasmus = d.recommendations.options.find((o) => o.id === 'erasmus_youth');
		expect(erasmus?.status).toBe('to_check');
		expect(erasmus?.toCheck.join(' ')).toMatch(/Agence Erasmus\+ France Jeunesse & Sport/);
	});
});
