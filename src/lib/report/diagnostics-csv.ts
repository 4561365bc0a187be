// A selection of diagnostics as one CSV: one row per authority, one column per question (its id)
// and per result (the placement's model shares). The columns are documented in docs/csv.md.
import { countryByCode } from '../content/countries';
import type { AnswerValue, Question, QuestionnaireDefinition } from '../content/types';
import { chosenIds, isAnswered } from '../engine/conditions';
import { progress } from '../engine/progress';
import { mainModelOf, placementOf, sharesOf } from '../engine/portfolio/results';
import { effectiveAnswers } from '../engine/questionnaire';
import { modelIds } from '../engine/typology/types';
import { displayName, type Diagnostic } from '../model/diagnostic';
import { inertText, toCsv } from './csv';

/** Between the choices of one multiple-choice answer; never found in an option label. */
export const CHOICE_SEPARATOR = ' | ';

export const metaColumns = [
	'diagnostic_id',
	'name',
	'created_at',
	'updated_at',
	'completed_at',
	'previous_edition_id',
	'questionnaire_version',
	'progress_percent'
] as const;

export const resultColumns = ['placement_kind', 'main_model', 'hybrid_models', ...modelIds.map((id) => `share_${id}`)];

/** Empty for an incomplete questionnaire: it is not placed. */
function resultCells(definition: QuestionnaireDefinition, diagnostic: Diagnostic): string[] {
	const placement = placementOf(definition, diagnostic);
	const shares = sharesOf(placement);
	return [
		placement?.kind ?? '',
		mainModelOf(placement) ?? '',
		placement?.kind === 'engaged' && placement.hybrid ? placement.hybrid.join(CHOICE_SEPARATOR) : '',
		...modelIds.map((id) => (shares ? String(shares[id]) : ''))
	];
}

function answerCell(question: Question, value: AnswerValue | undefined): string {
	if (!isAnswered(value) || value === undefined) return '';
	switch (question.kind) {
		case 'single':
		case 'multiple':
			return chosenIds(value)
				.map((id) => question.options.find((o) => o.id === id)?.label ?? id)
				.join(CHOICE_SEPARATOR);
		case 'countries':
			return chosenIds(value)
				.map((code) => countryByCode(code)?.name ?? code)
				.join(CHOICE_SEPARATOR);
		case 'number':
			// a decimal comma and no grouping: French spreadsheets read it as a number
			return typeof value === 'number' ? String(value).replace('.', ',') : inertText(String(value));
		case 'text':
			return inertText(String(value).trim());
	}
}

export function questionColumns(definition: QuestionnaireDefinition): Question[] {
	return definition.steps.flatMap((step) => step.questions);
}

export function diagnosticsCsv(definition: QuestionnaireDefinition, diagnostics: readonly Diagnostic[]): string {
	const questions = questionColumns(definition);
	const header = [...metaColumns, ...questions.map((q) => q.id), ...resultColumns];
	const rows = diagnostics.map((diagnostic) => {
		const answers = effectiveAnswers(definition, diagnostic.answers);
		return [
			diagnostic.id,
			inertText(displayName(diagnostic)),
			diagnostic.createdAt,
			diagnostic.updatedAt,
			diagnostic.completedAt ?? '',
			diagnostic.previousEditionId ?? '',
			String(diagnostic.questionnaireVersion),
			String(progress(definition, diagnostic.answers).percent),
			...questions.map((q) => answerCell(q, answers[q.id])),
			...resultCells(definition, diagnostic)
		];
	});
	return toCsv([header, ...rows]);
}
