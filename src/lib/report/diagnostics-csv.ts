// A selection of diagnostics as one CSV for a French spreadsheet: one row per authority, one
// column per fact of the record, per question and per result, each titled in French. The stable
// code of every column, and what it holds, are in docs/csv.md.
import { countryByCode } from '../content/countries';
import { questionColumnTitles } from '../content/csv-columns';
import type { AnswerValue, Answers, Question, QuestionnaireDefinition } from '../content/types';
import { chosenIds, isAnswered } from '../engine/conditions';
import { networkLabels } from '../engine/portfolio/network';
import { mainModelOf, modelLabels, placementOf, sharesOf } from '../engine/portfolio/results';
import { completionDate, diagnosticStatus, effectiveAnswersOf, type ProgressState } from '../engine/portfolio/status';
import { modelIds } from '../engine/typology/types';
import { spreadsheetDateTime } from '../engine/french';
import { displayName, type Diagnostic } from '../model/diagnostic';
import { toCsv } from './csv';

/**
 * Between the choices of one multiple-choice answer, so a spreadsheet can split them; never found in an option label.
 */
export const CHOICE_SEPARATOR = ' | ';

export interface CsvColumn {
	/** the stable code of docs/csv.md */
	readonly code: string;
	/** the French title of the header row */
	readonly title: string;
}

interface Row {
	readonly diagnostic: Diagnostic;
	readonly definition: QuestionnaireDefinition;
}

const statusLabels: Readonly<Record<ProgressState, string>> = {
	not_started: 'Pas commencé',
	in_progress: 'En cours',
	complete: 'Terminé'
};

const recordColumns: readonly (CsvColumn & { readonly cell: (row: Row) => string })[] = [
	{ code: 'diagnostic_id', title: 'Identifiant du diagnostic', cell: ({ diagnostic }) => diagnostic.id },
	{ code: 'name', title: 'Nom du diagnostic', cell: ({ diagnostic }) => displayName(diagnostic) },
	{
		code: 'status',
		title: 'Statut',
		cell: ({ diagnostic, definition }) => statusLabels[diagnosticStatus(definition, diagnostic).state]
	},
	{ code: 'created_at', title: 'Créé le', cell: ({ diagnostic }) => spreadsheetDateTime(diagnostic.createdAt) },
	{ code: 'updated_at', title: 'Modifié le', cell: ({ diagnostic }) => spreadsheetDateTime(diagnostic.updatedAt) },
	{
		code: 'completed_at',
		title: 'Terminé le',
		cell: ({ diagnostic, definition }) => {
			const date = completionDate(definition, diagnostic);
			return date ? spreadsheetDateTime(date) : '';
		}
	},
	{
		code: 'previous_edition_id',
		title: 'Identifiant de l’édition précédente',
		cell: ({ diagnostic }) => diagnostic.previousEditionId ?? ''
	},
	{
		code: 'questionnaire_version',
		title: 'Version du questionnaire',
		cell: ({ diagnostic }) => String(diagnostic.questionnaireVersion)
	},
	{
		code: 'progress_percent',
		title: 'Avancement (%)',
		cell: ({ diagnostic, definition }) => String(diagnosticStatus(definition, diagnostic).percent)
	}
];

const placementKinds = { engaged: 'Typologie', starting: 'Parcours de démarrage' } as const;

function resultCells({ diagnostic, definition }: Row): string[] {
	const placement = placementOf(definition, diagnostic);
	const shares = sharesOf(placement);
	const main = mainModelOf(placement);
	return [
		placement ? placementKinds[placement.kind] : '',
		main ? (modelLabels.get(main) ?? main) : '',
		placement?.kind === 'engaged' && placement.hybrid
			? placement.hybrid.map((id) => modelLabels.get(id) ?? id).join(CHOICE_SEPARATOR)
			: '',
		...modelIds.map((id) => (shares ? String(shares[id]) : ''))
	];
}

export const resultColumns: readonly CsvColumn[] = [
	{ code: 'placement_kind', title: 'Type de résultat' },
	{ code: 'main_model', title: 'Modèle principal' },
	{ code: 'hybrid_models', title: 'Profil hybride' },
	...modelIds.map((id) => ({ code: `share_${id}`, title: `Part ${modelLabels.get(id) ?? id} (%)` }))
];

export function questionColumns(definition: QuestionnaireDefinition): (CsvColumn & { readonly question: Question })[] {
	return definition.steps.flatMap((step) =>
		step.questions.map((question) => ({
			code: question.id,
			title: questionColumnTitles[question.id] ?? question.label,
			question
		}))
	);
}

/** Every column in order: the record, the questions, the results. */
export function csvColumns(definition: QuestionnaireDefinition): CsvColumn[] {
	return [...recordColumns, ...questionColumns(definition), ...resultColumns].map(({ code, title }) => ({
		code,
		title
	}));
}

function answerCell(question: Question, value: AnswerValue | undefined, effective: Answers): string {
	if (!isAnswered(value) || value === undefined) return '';
	switch (question.kind) {
		case 'single':
		case 'multiple': {
			const rename = networkLabels(question.id, effective);
			return chosenIds(value)
				.map((id) => rename?.(id) ?? question.options.find((o) => o.id === id)?.label ?? id)
				.join(CHOICE_SEPARATOR);
		}
		case 'countries':
			return chosenIds(value)
				.map((code) => countryByCode(code)?.name ?? code)
				.join(CHOICE_SEPARATOR);
		case 'number':
			// a decimal comma and no grouping: French spreadsheets read it as a number
			return typeof value === 'number' ? String(value).replace('.', ',') : String(value);
		case 'text':
			return String(value).trim();
	}
}

export function diagnosticsCsv(definition: QuestionnaireDefinition, diagnostics: readonly Diagnostic[]): string {
	const questions = questionColumns(definition);
	const header = csvColumns(definition).map((column) => column.title);
	const rows = diagnostics.map((diagnostic) => {
		const row = { diagnostic, definition };
		const effective = effectiveAnswersOf(definition, diagnostic);
		return [
			...recordColumns.map((column) => column.cell(row)),
			...questions.map(({ question }) => answerCell(question, effective[question.id], effective)),
			...resultCells(row)
		];
	});
	return toCsv([header, ...rows]);
}
