// The findings read against the shares shown beside them: equal shares are not a ranking, in the orientation,
// the structuring or the report's first line.
import { describe, expect, it } from 'vitest';
import { levelWithMain, placementSentences } from '../../../../src/lib/engine/typology/sentences';
import { placementSection } from '../../../../src/lib/report/sections/placement';
import type { ModelId } from '../../../../src/lib/engine/typology/types';
import { engaged } from './helpers';
import { edgeCase, profileAnswers } from '../../../fixtures/answers';

function orientationSaying(main: ModelId, shares: Record<ModelId, number>): string {
	const placement = engaged(profileAnswers('humanis'));
	return placementSentences({ ...placement, orientation: { main, shares } }).orientation;
}

const said = 'Ce que vous faites et pourquoi vous le faites ressemble';

describe('the orientation sentence', () => {
	it('ranks the first two models only when their shares differ', () => {
		expect(orientationSaying('humanis', { humanis: 40, cosmin: 30, cimob: 20, climapart: 10, astre: 0 })).toBe(
			`${said} d’abord au modèle HUMANIS (40\u00a0% de l’orientation), puis au modèle COSMIN (30\u00a0%).`
		);
	});

	it('says « autant » when the first two shares are equal', () => {
		expect(orientationSaying('humanis', { humanis: 30, cosmin: 30, cimob: 20, climapart: 20, astre: 0 })).toBe(
			`${said} autant au modèle HUMANIS (30\u00a0% de l’orientation) qu’au modèle COSMIN (30\u00a0%).`
		);
	});

	it('names every model tied with the first', () => {
		expect(orientationSaying('cosmin', { humanis: 10, cosmin: 30, cimob: 30, climapart: 0, astre: 30 })).toBe(
			`${said} autant au modèle COSMIN (30\u00a0% de l’orientation)` +
				' qu’aux modèles CIMOB et ASTRE (30\u00a0% chacun).'
		);
	});

	it('names every model tied for second', () => {
		expect(orientationSaying('cimob', { humanis: 23, cosmin: 13, cimob: 31, climapart: 23, astre: 10 })).toBe(
			`${said} d’abord au modèle CIMOB (31\u00a0% de l’orientation),` +
				' puis aux modèles HUMANIS et CLIMAPART (23\u00a0% chacun).'
		);
	});
});

function structuringSaying(main: ModelId, top: ModelId, shares: Record<ModelId, number>): string {
	const placement = engaged(profileAnswers('humanis'));
	return placementSentences({ ...placement, main, structuring: { main: top, shares } }).structuring;
}

const resemble = 'Votre organisation et vos moyens ressemblent';

describe('the structuring sentence', () => {
	it('ranks the first model only when its share is alone at the top', () => {
		expect(
			structuringSaying('humanis', 'cosmin', { humanis: 28, cosmin: 39, cimob: 20, climapart: 13, astre: 0 })
		).toBe(`${resemble} d’abord à ceux du modèle COSMIN (39\u00a0%), devant le modèle HUMANIS (28\u00a0%).`);
		expect(
			structuringSaying('cosmin', 'cosmin', { humanis: 28, cosmin: 39, cimob: 20, climapart: 13, astre: 0 })
		).toBe(`${resemble} d’abord à ceux du modèle COSMIN (39\u00a0%).`);
	});

	it('says « autant » when shares tie for first, the retained model among them named first', () => {
		expect(
			structuringSaying('climapart', 'cosmin', { humanis: 30, cosmin: 35, cimob: 35, climapart: 0, astre: 0 })
		).toBe(
			`${resemble} autant à ceux du modèle COSMIN qu’à ceux du modèle CIMOB (35\u00a0% chacun),` +
				' devant le modèle CLIMAPART (0\u00a0%).'
		);
		expect(
			structuringSaying('cimob', 'cosmin', { humanis: 26, cosmin: 37, cimob: 37, climapart: 0, astre: 0 })
		).toBe(`${resemble} autant à ceux du modèle CIMOB qu’à ceux du modèle COSMIN (37\u00a0% chacun).`);
		expect(
			structuringSaying('humanis', 'humanis', { humanis: 30, cosmin: 30, cimob: 30, climapart: 10, astre: 0 })
		).toBe(`${resemble} autant à ceux du modèle HUMANIS qu’à ceux des modèles COSMIN et CIMOB (30\u00a0% chacun).`);
	});
});

describe('models level with the main one', () => {
	const placement = engaged(profileAnswers('humanis'));
	const level = (shares: Record<ModelId, number>, excluded: readonly ModelId[] = []) =>
		levelWithMain({
			main: 'humanis',
			orientation: { main: 'humanis', shares },
			models: placement.models.map((m) => ({ ...m, excluded: excluded.includes(m.model) }))
		});

	it('are the models the study allows with the same orientation share', () => {
		expect(level({ humanis: 30, cosmin: 30, cimob: 20, climapart: 20, astre: 0 })).toEqual(['cosmin']);
		expect(level({ humanis: 40, cosmin: 30, cimob: 20, climapart: 10, astre: 0 })).toEqual([]);
		expect(level({ humanis: 30, cosmin: 30, cimob: 20, climapart: 20, astre: 0 }, ['cosmin'])).toEqual([]);
	});

	it('make the report say the two are level, not that the first comes first', () => {
		const tied = { ...placement, main: 'humanis' as const };
		const shares = { humanis: 30, cosmin: 30, cimob: 20, climapart: 20, astre: 0 };
		const section = placementSection({ ...tied, orientation: { main: 'humanis', shares } });
		const lead = section.blocks.find((b) => b.kind === 'paragraph');
		expect(lead && 'text' in lead ? lead.text : '').toMatch(
			/^Votre action extérieure se rapproche autant du modèle HUMANIS \(.*\) que du modèle COSMIN\.$/
		);
	});
});

describe('the organisation sentence', () => {
	const astreWithRi = engaged(edgeCase('grande-ville-attractivite-sans-service-europe'));

	it('does not call a missing Europe service a gap: the study says ASTRE « souvent » has one', () => {
		expect([astreWithRi.main, astreWithRi.organisation, astreWithRi.gap]).toEqual(['astre', 'service', false]);
		expect(astreWithRi.sentences.organisation).toBe(
			'L’étude décrit le modèle ASTRE avec un service des relations internationales, souvent doublé d’un service' +
				' Europe distinct\u00a0; comme lui, vous avez un service des relations internationales.'
		);
	});

	it('still calls a missing international relations service a gap', () => {
		const without = placementSentences({ ...astreWithRi, organisation: 'no_service', gap: true }).organisation;
		expect(without).toMatch(/; vous n’avez pas de service dédié aux relations internationales\. C’est un écart/);
	});
});

describe('the retained sentence', () => {
	const placement = engaged(profileAnswers('climapart'));

	it('says a tie parted by the structuring as such, not as a model set aside by the organisation', () => {
		const draft = {
			...placement,
			main: 'climapart' as const,
			orientation: { ...placement.orientation, main: 'climapart' as const }
		};
		expect(placementSentences(draft, { tiedWith: ['humanis'], parted: true }).retained).toBe(
			'Votre orientation est à égalité entre les modèles CLIMAPART et HUMANIS\u00a0: votre organisation et vos' +
				' moyens les départagent, plus proches de ceux du modèle CLIMAPART, qui est retenu.'
		);
	});

	it('claims the organisation only when an exclusion on that ground set the first model aside', () => {
		const orientation = { ...placement.orientation, main: 'humanis' as const };
		const exclusion = { id: 'x', models: ['humanis' as const], text: '', sources: [] };
		const byOrganisation = { ...placement, main: 'climapart' as const, atypical: false, orientation };
		expect(
			placementSentences({ ...byOrganisation, exclusions: [{ ...exclusion, ground: 'organisation' }] }).retained
		).toMatch(/^Parmi les modèles que l’étude décrit avec une organisation comme la vôtre/);
		expect(
			placementSentences({ ...byOrganisation, exclusions: [{ ...exclusion, ground: 'orientation' }] }).retained
		).toMatch(/^Parmi les modèles dont l’étude retrouve les traits dans ce que vous faites/);
	});
});
