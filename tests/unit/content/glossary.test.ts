// The glossary covers every acronym a reader meets: in the support catalogue's texts, in the
// report of every test case, and in the study terms the app explains.
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/lib/content/glossary';
import { supportOptions } from '../../../src/lib/content/supports';
import { modelDescriptions } from '../../../src/lib/content/typology/models';
import { glossaryEntriesIn, glossarySegments } from '../../../src/lib/engine/glossary';
import { reportFor } from '../../../src/lib/report/diagnostic-report';
import { REPORT_DAY, reportCases } from '../report/cases';
import { modelTexts } from '../report/model-text';

/** what a reader sees of an option: never its id, codes or source addresses */
const catalogueTexts = supportOptions.flatMap((o) => [
	o.name,
	o.shortName ?? '',
	o.offers,
	o.eligibility.note,
	o.contact ?? '',
	...o.figures.map((f) => f.text)
]);

const reportTexts = reportCases.flatMap(({ diagnostic }) =>
	modelTexts(reportFor(diagnostic, REPORT_DAY, { annex: true }).model)
);

/** two capitals or more, digits allowed (« ETP », « F3E »), outside an address */
const acronym = /(?<![\p{L}\p{N}])(?=[\p{Lu}\p{N}]*\p{Lu}[\p{N}]*\p{Lu})[\p{Lu}\p{N}]{2,}(?![\p{L}\p{N}])/gu;
/** « édition IX »: a roman numeral, not an acronym */
const roman = /^[IVXLC]+$/;

function unexplained(texts: readonly string[]): string[] {
	const left = new Set<string>();
	for (const text of texts) {
		const plain = glossarySegments(text.replace(/https?:\/\/\S+/g, ' '))
			.map((s) => (s.entry ? ' ' : s.text))
			.join('');
		for (const match of plain.matchAll(acronym)) if (!roman.test(match[0])) left.add(match[0]);
	}
	return [...left].sort();
}

describe('glossary', () => {
	it('has one entry per id, each with a definition in plain words', () => {
		expect(new Set(glossary.map((e) => e.id)).size).toBe(glossary.length);
		for (const entry of glossary) expect(entry.definition.length, entry.id).toBeGreaterThan(20);
	});

	it('explains every acronym of the support catalogue', () => {
		expect(catalogueTexts.length).toBeGreaterThan(100);
		expect(unexplained(catalogueTexts)).toEqual([]);
	});

	it('explains every acronym of the reports, annexes included', () => {
		expect(reportTexts.length).toBeGreaterThan(500);
		expect(unexplained(reportTexts)).toEqual([]);
	});

	it('names each model as its description does', () => {
		for (const model of Object.values(modelDescriptions)) {
			const entry = glossary.find((e) => e.id === model.id);
			expect([entry?.term, entry?.expansion]).toEqual([model.name, model.meaning]);
		}
	});

	it('spells an option’s acronym out as the glossary does, wherever it does not use the acronym', () => {
		const spelled = supportOptions.flatMap((o) => {
			const entry = glossary.find(
				(e) => e.acronym && e.expansion && o.shortName && e.forms.includes(o.shortName)
			);
			const expansion = entry?.expansion?.toLowerCase();
			if (!expansion || !o.shortName) return [];
			return [o.name, o.mention.text]
				.filter((text) => !text.includes(o.shortName ?? ''))
				.map((text) => ({ text, spelled: text.toLowerCase().includes(expansion) }));
		});
		expect(spelled.filter((t) => !t.spelled)).toEqual([]);
		expect(spelled.length).toBeGreaterThan(5);
	});

	it('defines the study’s own terms and the acronyms issue 15 lists', () => {
		const ids = new Set(glossary.map((e) => e.id));
		for (const id of [
			'etp',
			'ri',
			'ficol',
			'afd',
			'apd',
			'cerv',
			'feder',
			'dctciv',
			'daect',
			'meae',
			'rrma',
			'cuf',
			'dcol',
			'ecsi',
			'odd',
			'epci',
			'pma'
		])
			expect(ids, id).toContain(id);
		for (const id of ['orientation', 'structuration', 'levier', 'profil-type', 'modele-hybride'])
			expect(ids, id).toContain(id);
	});

	it('defines a hybrid as the study does: by zone or theme, for some authorities, not an average of shares', () => {
		const hybrid = glossary.find((e) => e.id === 'modele-hybride')?.definition ?? '';
		expect(hybrid).toContain('« selon la zone de coopération ou la thématique »');
		expect(hybrid).toContain('certaines collectivités');
		expect(hybrid).not.toMatch(/fréquent|parts proches/);
	});

	it('finds terms as whole words, the longest form first, after an elided article', () => {
		const found = (text: string) => glossarySegments(text).flatMap((s) => (s.entry ? [[s.text, s.entry.id]] : []));
		expect(found('Un profil hybride, proche de l’AFD et du RRMA.')).toEqual([
			['profil hybride', 'modele-hybride'],
			['AFD', 'afd'],
			['RRMA', 'rrma']
		]);
		expect(found('Leviers et orientation : AFDX, RIS, profil-type.')).toEqual([
			['Leviers', 'levier'],
			['orientation', 'orientation'],
			['profil-type', 'profil-type']
		]);
		expect(
			glossarySegments('Le FICOL de l’AFD')
				.map((s) => s.text)
				.join('')
		).toBe('Le FICOL de l’AFD');
		expect(glossaryEntriesIn(['ETP et RI', 'ETP']).map((e) => e.id)).toEqual(['etp', 'ri']);
	});
});
