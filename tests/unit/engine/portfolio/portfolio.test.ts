import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../../src/lib/content/questionnaire';
import { authorityTypes, populationBands } from '../../../../src/lib/content/options';
import { regions } from '../../../../src/lib/content/geography';
import { createDiagnostic, type Diagnostic } from '../../../../src/lib/model/diagnostic';
import { filterRows, sortRows, type SortLists } from '../../../../src/lib/engine/portfolio/filter';
import { portfolioRow } from '../../../../src/lib/engine/portfolio/rows';
import { answerAggregates } from '../../../../src/lib/engine/portfolio/aggregate';
import { comparisonRows } from '../../../../src/lib/engine/portfolio/compare';
import { answerChanges } from '../../../../src/lib/engine/portfolio/edition-diff';
import { engagedAnswers, startingAnswers } from '../../../fixtures/answers';

const lists: SortLists = {
	regions: regions.map((r) => ({ id: r.id, label: r.name })),
	authorityTypes,
	populationBands
};

function diagnostic(id: string, answers: Diagnostic['answers'], updated: string): Diagnostic {
	return { ...createDiagnostic(questionnaire.version, 'profile', new Date(updated), id), answers };
}

const department = {
	...engagedAnswers,
	authority_type: 'department',
	authority_name: 'Ille-et-Vilaine',
	region: 'bretagne',
	department: '35',
	population_band: '500k_1m',
	ri_service: 'yes',
	ri_fte: 2.5,
	europe_service: 'no',
	agents_outside_service: 'work_time',
	main_obstacle: 'crises'
};
const all = [
	diagnostic('commune', engagedAnswers, '2026-03-01T10:00:00Z'),
	diagnostic('village', startingAnswers, '2026-03-03T10:00:00Z'),
	diagnostic('dept', department, '2026-03-02T10:00:00Z'),
	diagnostic('empty', {}, '2026-02-01T10:00:00Z')
];
const rows = all.map((d) => portfolioRow(questionnaire, d));

describe('portfolio rows, filters and sorting', () => {
	it('reads the progress state', () => {
		expect(rows.map((r) => r.progressState)).toEqual(['complete', 'complete', 'complete', 'not_started']);
		expect(rows[3]!.name).toBe('Diagnostic sans nom');
	});

	it('filters on every criterion together', () => {
		expect(filterRows(rows, { region: 'bretagne' }).map((r) => r.id)).toEqual(['village', 'dept']);
		expect(filterRows(rows, { region: 'bretagne', authorityType: 'municipality' }).map((r) => r.id)).toEqual([
			'village'
		]);
		expect(filterRows(rows, { progressState: 'not_started' }).map((r) => r.id)).toEqual(['empty']);
		expect(filterRows(rows, {})).toHaveLength(4);
	});

	it('sorts by date, by size in natural order and by name in French order, unanswered last', () => {
		expect(sortRows(rows, { key: 'updated', descending: true }, lists).map((r) => r.id)).toEqual([
			'village',
			'dept',
			'commune',
			'empty'
		]);
		expect(sortRows(rows, { key: 'size', descending: false }, lists).map((r) => r.id)).toEqual([
			'village',
			'commune',
			'dept',
			'empty'
		]);
		expect(sortRows(rows, { key: 'name', descending: false }, lists).map((r) => r.name)).toEqual([
			'Diagnostic sans nom',
			'Ille-et-Vilaine',
			'Petit-Village',
			'Saint-Exemple-sur-Loire'
		]);
	});
});

describe('aggregates over a selection', () => {
	const [needs, obstacles, main, funding] = answerAggregates(questionnaire, all);

	it('counts each option with the number of authorities behind the figure', () => {
		expect(needs!.base).toBe(3);
		expect(needs!.options[0]).toMatchObject({ id: 'funding_information', count: 3, percent: 100 });
		expect(obstacles!.options.find((o) => o.id === 'crises')).toMatchObject({ count: 2, percent: 67 });
	});

	it('takes the only obstacle ticked as the main one, and ignores the questions that do not apply', () => {
		expect(main!.base).toBe(3);
		expect(main!.options.map((o) => [o.id, o.count])).toEqual([
			['financial_means', 2],
			['crises', 1]
		]);
		expect(funding!.base).toBe(2);
	});
});

describe('side-by-side comparison', () => {
	const table = comparisonRows(questionnaire, [engagedAnswers, department, startingAnswers]);
	const row = (id: string) => table.find((r) => r.id === id)!.values;

	it('reads the service with its staff, and « Sans objet » where the question does not apply', () => {
		expect(row('service')).toEqual(['Non', 'Oui, 2,5\u00a0ETP', 'Sans objet']);
		expect(row('main_obstacle')[1]).toMatch(/crise/i);
		expect(row('budget_band')[2]).toBe('Sans objet');
	});
});

describe('changes between two editions', () => {
	it('lists the answers that read differently, in questionnaire order', () => {
		const later = {
			...engagedAnswers,
			ri_service: 'yes',
			ri_fte: 1,
			europe_service: 'no',
			agents_outside_service: 'no',
			budget_band: '10k_50k'
		};
		const changes = answerChanges(questionnaire, engagedAnswers, later);
		expect(changes.map((c) => c.questionId)).toEqual([
			'ri_service',
			'ri_fte',
			'agents_outside_service',
			'staff_time',
			'budget_band'
		]);
		expect(changes[1]).toMatchObject({ before: 'Sans objet', after: '1\u00a0ETP' });
		expect(answerChanges(questionnaire, engagedAnswers, engagedAnswers)).toEqual([]);
	});
});
