import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { CHOICE_SEPARATOR, diagnosticsCsv, metaColumns, questionColumns, resultColumns } from '../../../src/lib/report/diagnostics-csv';
import { engagedAnswers, startingAnswers } from '../../fixtures/answers';
import { parseCsv } from '../../support/csv-parser';

function diagnostic(id: string, answers: Diagnostic['answers'], title = ''): Diagnostic {
	return { ...createDiagnostic(questionnaire.version, 'profile', new Date('2026-03-01T09:00:00Z'), id), answers, title };
}

describe('CSV of a selection of diagnostics', () => {
	const text = diagnosticsCsv(questionnaire, [
		diagnostic('a', engagedAnswers),
		diagnostic('b', startingAnswers, '=HYPERLINK("x"); Petit-Village « test »')
	]);
	const [header, first, second] = parseCsv(text);
	const column = (row: string[] | undefined, name: string) => row?.[header!.indexOf(name)];

	it('has one column per question id after the record columns, and one row per authority', () => {
		expect(header).toEqual([...metaColumns, ...questionColumns(questionnaire).map((q) => q.id), ...resultColumns]);
		expect(parseCsv(text)).toHaveLength(3);
	});

	it('writes labels, joins multiple choices and keeps accents and numbers French', () => {
		expect(column(first, 'authority_name')).toBe('Saint-Exemple-sur-Loire');
		expect(column(first, 'motivations')?.split(CHOICE_SEPARATOR)).toHaveLength(2);
		expect(column(first, 'partner_countries')).toBe('Sénégal');
		expect(column(first, 'oda_amount')).toBe('20000');
		expect(column(first, 'progress_percent')).toBe('100');
	});

	it('writes the placement: kind, main model and shares summing to 100', () => {
		expect(column(first, 'placement_kind')).toBe('engaged');
		const shares = resultColumns.filter((c) => c.startsWith('share_')).map((c) => Number(column(first, c)));
		expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
		expect(column(first, `share_${column(first, 'main_model')}`)).toBe(String(Math.max(...shares)));
		expect(column(second, 'placement_kind')).toBe('starting');
		expect(column(second, 'share_humanis')).toBe('');
	});

	it('leaves hidden questions empty and makes typed formulas inert', () => {
		expect(column(second, 'ri_service')).toBe('');
		expect(column(second, 'name')).toBe('\'=HYPERLINK("x"); Petit-Village « test »');
	});

	it('documents every column in docs/csv.md', () => {
		const doc = readFileSync('docs/csv.md', 'utf8');
		for (const name of header!) expect(doc, name).toContain(`\`${name}\``);
	});
});
