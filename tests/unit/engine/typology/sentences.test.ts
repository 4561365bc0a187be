// The orientation's finding read against the shares shown beside it: equal shares are not a ranking.
import { describe, expect, it } from 'vitest';
import { placementSentences } from '../../../../src/lib/engine/typology/sentences';
import type { ModelId } from '../../../../src/lib/engine/typology/types';
import { engaged } from './helpers';
import { profileAnswers } from '../../../fixtures/answers';

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
});
