// The catalogue as a reader sees it: conditions as data, official links, dated facts, the study's
// own words for each model it names, French typography.
import { describe, expect, it } from 'vitest';
import { countryByCode } from '../../../../src/lib/content/countries';
import { serviceCompetences } from '../../../../src/lib/content/options';
import { studyCaveat } from '../../../../src/lib/content/study-figures';
import { supportKinds, supportOptions } from '../../../../src/lib/content/supports';
import { inSectionSix } from '../../../support/study-text';
import { adviceTexts, diagnosed } from '../../engine/recommendations/cases';
import { edgeCase, edgeCases, profileAnswers } from '../../../fixtures/answers';

/** Addresses that may be sources, never the primary link: press, aggregators, commercial databases, third parties. */
const notPrimary =
	/environnement-magazine|zinfos974|lexbase|humanis\.org|aimf\.asso|euro-access|easy\.ee|coalition-eau|touteleurope|jumelages-partenariats|mairesdefrance|maire-info|banquedesterritoires/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function visibleTexts(): string[] {
	const fromCatalogue = supportOptions.flatMap((o) => [
		o.name,
		o.shortName ?? '',
		o.offers,
		o.eligibility.note,
		o.urlLabel,
		o.contact ?? '',
		...o.figures.map((f) => f.text)
	]);
	const cases = [
		...(['humanis', 'cosmin', 'cimob', 'climapart', 'astre'] as const).map(profileAnswers),
		...edgeCases.map(edgeCase)
	].map(diagnosed);
	const fromEngine = cases.flatMap((d) => [
		...d.recommendations.needs.flatMap((n) => [n.label, ...n.reasons]),
		...adviceTexts(d).map((t) => t.text),
		...d.recommendations.notYet.flatMap((n) => [...n.missing, ...n.opensWith]),
		...d.recommendations.options.flatMap((o) => [...o.toCheck, ...o.figures.flatMap((f) => [f.note ?? ''])]),
		...d.recommendations.peers.statements.map((s) => s.text)
	]);
	return [...fromCatalogue, ...fromEngine, ...supportKinds.map((k) => k.label), studyCaveat].filter((t) => t !== '');
}

describe('support catalogue', () => {
	it('has unique identifiers', () => {
		const ids = supportOptions.map((o) => o.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('dates every option and every figure, and names the year in the figure', () => {
		for (const option of supportOptions) {
			expect(option.checkedAt, option.id).toMatch(isoDate);
			for (const figure of option.figures) {
				expect(figure.checkedAt, option.id).toMatch(isoDate);
				expect(figure.year).toBeGreaterThanOrEqual(2000);
				expect(figure.text, option.id).toMatch(/\d{4}/);
			}
		}
	});

	it('never shows the 2024 co-funding rates that no longer hold', () => {
		expect(visibleTexts().filter((t) => t.includes('90\u00a0%'))).toEqual([]);
	});

	it('links each option to its official page, named, never to a press article or a third party', () => {
		for (const option of supportOptions) {
			expect(option.url, option.id).toMatch(/^https:\/\/[^/\s]+[^./\s]\/?\S*$/);
			expect(option.url, option.id).not.toMatch(notPrimary);
			expect(option.urlLabel.length, option.id).toBeGreaterThan(5);
			for (const source of option.sources) {
				expect(source, option.id).toMatch(/^(https?:\/\/\S+|Étude ACTER .+, section \d)$/);
				// no malformed host such as « issuu.com./ » or « senat.fr./ »
				expect(source, option.id).not.toMatch(/^https?:\/\/[^/]+\.\//);
			}
		}
		expect(supportOptions.find((o) => o.id === 'one_percent_mobility')?.url).toMatch(
			/^https:\/\/www\.legifrance\.gouv\.fr\//
		);
		expect(supportOptions.find((o) => o.id === 'jsi_vvvsi')?.url).toMatch(/fonjep/);
	});

	it('states each condition of use as data the eligibility module can read', () => {
		const competences = serviceCompetences.map((c) => c.id);
		for (const option of supportOptions) {
			expect(option.eligibility.note.length, option.id).toBeGreaterThan(10);
			expect(option.eligibility.source.length, option.id).toBeGreaterThan(5);
			for (const requirement of option.eligibility.requires) {
				if (requirement.kind === 'competence')
					for (const id of requirement.ids) expect(competences).toContain(id);
				if (requirement.kind === 'partner_in')
					for (const code of [...requirement.countries, ...(requirement.toCheck?.countries ?? [])])
						expect(countryByCode(code), `${option.id} ${code}`).toBeDefined();
			}
		}
	});

	it('says « souvent utilisé par un modèle » only with the study’s own words, word for word', () => {
		const claims = supportOptions.flatMap((o) => (o.fits.models ?? []).map((c) => ({ id: o.id, ...c })));
		expect(claims.length).toBeGreaterThan(5);
		for (const claim of claims)
			expect(inSectionSix(claim.quote), `${claim.id} / ${claim.model} : « ${claim.quote} »`).toBe(true);
	});

	it('keeps the study’s negations: no claim of the ministry’s calls or the AFD for HUMANIS, of Clés en main or CUF for COSMIN', () => {
		const claimed = (id: string, model: string) =>
			supportOptions.find((o) => o.id === id)?.fits.models?.some((c) => c.model === model) ?? false;
		for (const id of [
			'dctciv_general_call',
			'dctciv_thematic_calls',
			'dctciv_youth_call',
			'dctciv_joint_funds',
			'ficol'
		])
			expect(claimed(id, 'humanis'), id).toBe(false);
		expect(claimed('dctciv_cles_en_main', 'cosmin')).toBe(false);
		expect(claimed('cuf', 'cosmin') || claimed('cuf', 'humanis')).toBe(false);
	});

	it('gives every option its grammar in sentences', () => {
		for (const option of supportOptions) expect(option.mention.text.length, option.id).toBeGreaterThan(1);
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
