// The catalogue as a reader sees it: sourced, dated, linked to real pages, in French typography.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { studyCaveat } from '../../../src/lib/content/study-figures';
import { CATALOGUE_UPDATED_AT, supportKinds, supportOptions } from '../../../src/lib/content/supports';
import { buildRecommendations } from '../../../src/lib/engine/recommendations';
import * as fx from './fixtures';

const referencePath = '/work/shared/reference/dispositifs.md';

function visibleTexts(): string[] {
	const fromCatalogue = supportOptions.flatMap((o) => [
		o.name,
		o.shortName ?? '',
		o.offers,
		o.eligibility.note,
		o.contact ?? '',
		...o.figures.map((f) => f.text)
	]);
	const cases = [
		buildRecommendations(fx.humanisType, fx.engagedPlacement('humanis')),
		buildRecommendations(fx.cosminType, fx.engagedPlacement('cosmin', { towards: 'climapart' })),
		buildRecommendations(fx.cimobType, fx.engagedPlacement('cimob')),
		buildRecommendations(fx.climapartType, fx.engagedPlacement('climapart')),
		buildRecommendations(fx.astreType, fx.engagedPlacement('astre')),
		buildRecommendations(fx.startingType, fx.startingPlacement)
	];
	const fromEngine = cases.flatMap((r) => [
		...r.needs.flatMap((n) => [n.label, ...n.reasons]),
		...r.options.flatMap((o) => o.why),
		...r.roadmap.steps.flatMap((s) => [s.title, s.detail]),
		...r.peers.statements.map((s) => s.text)
	]);
	return [...fromCatalogue, ...fromEngine, ...supportKinds.map((k) => k.label), studyCaveat].filter((t) => t !== '');
}

describe('support catalogue', () => {
	it('has unique identifiers', () => {
		const ids = supportOptions.map((o) => o.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('dates the catalogue', () => {
		expect(CATALOGUE_UPDATED_AT).toBe('2026-11-26');
	});

	it('gives every figure the year it holds for, in its text', () => {
		for (const figure of supportOptions.flatMap((o) => o.figures)) {
			expect(figure.year).toBeGreaterThanOrEqual(2000);
			expect(figure.year).toBeLessThanOrEqual(2026);
			expect(figure.text).toContain(String(figure.year));
		}
	});

	it('never shows the 2024 co-funding rates that no longer hold', () => {
		expect(visibleTexts().filter((t) => t.includes('90\u00a0%'))).toEqual([]);
	});

	it('gives every option a source and a web address', () => {
		for (const option of supportOptions) {
			expect(option.sources.length, option.id).toBeGreaterThan(0);
			expect(option.url, option.id).toMatch(/^https?:\/\/\S+$/);
			for (const source of option.sources) expect(source, option.id).toMatch(/^(https?:\/\/\S+|Étude ACTER .+, section \d)$/);
		}
	});

	it.runIf(existsSync(referencePath))('links only to addresses found in the fact sheet', () => {
		const bare = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
		const reference = readFileSync(referencePath, 'utf8');
		for (const option of supportOptions) {
			expect(reference, option.id).toContain(bare(option.url));
			for (const source of option.sources.filter((s) => s.startsWith('http'))) expect(reference, option.id).toContain(bare(source));
		}
	});
});

describe('French typography of every text shown', () => {
	const texts = visibleTexts();
	it.each([
		['straight apostrophe', /'/],
		['space after «', /«(?!\u00a0)/],
		['space before »', /(?<!\u00a0)»/],
		['ordinary space before a high sign', / [:;!?%»€]/],
		['high sign glued to the word', /[^\s\u00a0\d(/][:;!?]/],
		['thousands not grouped with a non-breaking space', /\d[ \u202f]\d{3}(?!\d)/],
		['euro sign glued to the number', /\d€/]
	])('has no %s', (_, pattern) => {
		expect(texts.filter((t) => pattern.test(t))).toEqual([]);
	});
});
