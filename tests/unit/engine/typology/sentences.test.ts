// The orientation's finding read against the shares shown beside it: equal shares are not a ranking, in the
// findings or in the report's first line.
import { describe, expect, it } from 'vitest';
import { levelWithMain, placementSentences } from '../../../../src/lib/engine/typology/sentences';
import { placementSection } from '../../../../src/lib/report/sections/placement';
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
