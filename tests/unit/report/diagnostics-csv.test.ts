import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { questionColumnTitles } from '../../../src/lib/content/csv-columns';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { spreadsheetDateTime } from '../../../src/lib/engine/french';
import { CHOICE_SEPARATOR, csvColumns, diagnosticsCsv, questionColumns } from '../../../src/lib/report/diagnostics-csv';
import { engagedAnswers, startingAnswers } from '../../fixtures/answers';
import { parseCsv } from '../../support/csv-parser';

function diagnostic(id: string, answers: Diagnostic['answers'], more: Partial<Diagnostic> = {}): Diagnostic {
	return {
		...createDiagnostic(questionnaire.version, 'profile', new Date('2026-03-01T09:00:00Z'), id),
		updatedAt: '2026-07-01T22:30:00.000Z',
		answers,
		...more
	};
}

describe('CSV of a selection of diagnostics', () => {
	const text = diagnosticsCsv(questionnaire, [
		// finished in the presenter view: complete, but no completion date was recorded
		diagnostic('a', { ...engagedAnswers, networks: ['rrma', 'cuf'] }),
		diagnostic('b', startingAnswers, {
			title: '=HYPERLINK("x"); Petit-Village « test »',
			completedAt: '2026-03-02T10:15:00.000Z'
		}),
		diagnostic('@SUM(A1)', { authority_name: '+33 Commune' }),
		// a new edition, every answer carried over, not yet gone through again
		diagnostic('c', engagedAnswers, { previousEditionId: '-1+1' })
	]);
	const [header, first, second, partial, edition] = parseCsv(text);
	const column = (row: string[] | undefined, title: string) => {
		expect(header, title).toContain(title);
		return row?.[header!.indexOf(title)];
	};

	it('titles every column in French, in the order of the record, the questions and the results', () => {
		expect(header).toEqual(csvColumns(questionnaire).map((c) => c.title));
		expect(header!.slice(0, 9)).toEqual([
			'Identifiant du diagnostic',
			'Nom du diagnostic',
			'Statut',
			'Créé le',
			'Modifié le',
			'Terminé le',
			'Identifiant de l’édition précédente',
			'Version du questionnaire',
			'Avancement (%)'
		]);
		expect(header).toContain('Frein principal');
		expect(header).toContain('Part HUMANIS (%)');
		expect(new Set(header).size).toBe(header!.length);
		expect(header!.filter((title) => /^[a-z_]+$/.test(title))).toEqual([]);
	});

	it('writes dates in Paris time, as French spreadsheets read them', () => {
		expect(column(first, 'Créé le')).toBe('01/03/2026 10:00');
		expect(column(first, 'Modifié le')).toBe('02/07/2026 00:30'); // 22:30 UTC is past midnight in Paris in summer
		expect(spreadsheetDateTime('2026-03-29T01:30:00Z')).toBe('29/03/2026 03:30');
	});

	it('fills « Terminé le » for every complete diagnostic, and only for them', () => {
		expect(column(first, 'Statut')).toBe('Terminé');
		expect(column(first, 'Terminé le')).toBe('02/07/2026 00:30'); // its last change: the latest it can have been finished
		expect(column(second, 'Terminé le')).toBe('02/03/2026 11:15');
		expect(column(partial, 'Statut')).toBe('En cours');
		expect(column(partial, 'Terminé le')).toBe('');
		expect(column(edition, 'Statut')).toBe('En cours');
		expect(column(edition, 'Terminé le')).toBe('');
	});

	it('writes labels, joins multiple choices, names the regional network and keeps numbers French', () => {
		expect(column(first, 'Nom de la collectivité')).toBe('Saint-Exemple-sur-Loire');
		expect(column(first, 'Motivations')?.split(CHOICE_SEPARATOR)).toHaveLength(2);
		expect(column(first, 'Réseaux')?.split(CHOICE_SEPARATOR)).toContain(
			'Pays de la Loire Coopération Internationale'
		);
		expect(column(first, 'Réseaux')).not.toMatch(/ma région/);
		expect(column(first, 'Pays partenaires')).toBe('Sénégal');
		expect(column(first, 'Montant d’APD déclaré (€)')).toBe('20000');
		expect(column(first, 'Avancement (%)')).toBe('100');
	});

	it('names the models as the study writes them, with shares summing to 100', () => {
		expect(column(first, 'Type de résultat')).toBe('Typologie');
		expect(column(first, 'Modèle principal')).toMatch(/^(HUMANIS|COSMIN|CIMOB|CLIMAPART|ASTRE)$/);
		const shares = header!
			.filter((title) => title.startsWith('Part '))
			.map((title) => Number(column(first, title)));
		expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
		expect(column(first, `Part ${column(first, 'Modèle principal')} (%)`)).toBe(String(Math.max(...shares)));
		expect(column(second, 'Type de résultat')).toBe('Parcours de démarrage');
		expect(column(second, 'Modèle principal')).toBe('Pas encore d’action extérieure');
		expect(column(second, 'Part HUMANIS (%)')).toBe('');
	});

	it('leaves hidden questions empty and makes a formula inert in whatever column it sits', () => {
		expect(column(second, 'Service des relations internationales')).toBe('');
		expect(column(second, 'Nom du diagnostic')).toBe('\'=HYPERLINK("x"); Petit-Village « test »');
		expect(column(partial, 'Identifiant du diagnostic')).toBe("'@SUM(A1)");
		expect(column(partial, 'Nom de la collectivité')).toBe("'+33 Commune");
		expect(column(edition, 'Identifiant de l’édition précédente')).toBe("'-1+1");
	});

	it('gives every question a column title of its own', () => {
		const codes = questionColumns(questionnaire).map((c) => c.code);
		expect(Object.keys(questionColumnTitles).sort()).toEqual([...codes].sort());
	});

	it('documents every column, its French title beside its code, in docs/csv.md', () => {
		const doc = readFileSync('docs/csv.md', 'utf8');
		for (const { code, title } of csvColumns(questionnaire))
			expect(doc, code).toContain(`| ${title} | \`${code}\` |`);
	});
});
