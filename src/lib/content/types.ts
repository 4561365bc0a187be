// The questionnaire as data. Identifiers are stable (saved diagnostics refer to them);
// labels may change freely. Conditions are a small serialisable tree, never code.

export type QuestionId = string;
export type StepId = string;

/** A value given to one question: an option id, several option ids, a number or free text. */
export type AnswerValue = string | number | readonly string[];
export type Answers = Readonly<Record<QuestionId, AnswerValue>>;

export type Condition =
	| { readonly all: readonly Condition[] }
	| { readonly any: readonly Condition[] }
	| { readonly not: Condition }
	/** single choice equals the option, or multiple choice contains it */
	| { readonly answer: QuestionId; readonly is: string }
	/** single choice is one of the options, or multiple choice contains at least one of them */
	| { readonly answer: QuestionId; readonly isAnyOf: readonly string[] }
	| { readonly answer: QuestionId; readonly answered: boolean }
	/** multiple choice has at least this many options ticked */
	| { readonly answer: QuestionId; readonly countAtLeast: number }
	/** a number answered, strictly below the bound (« under one full-time equivalent ») */
	| { readonly answer: QuestionId; readonly below: number };

export interface Option {
	readonly id: string;
	readonly label: string;
	readonly hint?: string;
	/** « aucun », « je ne sais pas »: cannot be ticked together with another option */
	readonly exclusive?: boolean;
	/** for options filtered by another answer (departments by region) */
	readonly group?: string;
}

interface QuestionBase {
	readonly id: QuestionId;
	readonly label: string;
	readonly hint?: string;
	readonly required: boolean;
	readonly visibleIf?: Condition;
	/** estimated seconds to answer, for the time-left estimate */
	readonly seconds?: number;
}

export interface SingleChoiceQuestion extends QuestionBase {
	readonly kind: 'single';
	readonly options: readonly Option[];
	/** a long list shown as a drop-down rather than radio buttons */
	readonly display?: 'radio' | 'select';
	/** only the options ticked in this multiple-choice question are offered (« the main one ») */
	readonly optionsFrom?: QuestionId;
	/** only the options whose group equals this question's answer are offered */
	readonly groupedBy?: QuestionId;
}

export interface MultipleChoiceQuestion extends QuestionBase {
	readonly kind: 'multiple';
	readonly options: readonly Option[];
	readonly min?: number;
	readonly max?: number;
}

export interface TextQuestion extends QuestionBase {
	readonly kind: 'text';
	readonly maxLength: number;
	readonly multiline?: boolean;
	readonly autocomplete?: string;
}

export interface NumberQuestion extends QuestionBase {
	readonly kind: 'number';
	readonly min: number;
	readonly max: number;
	/** 1 for whole numbers, 0.05 for FTE… */
	readonly step: number;
	readonly unit: string;
}

/** A searchable list of countries (ISO 3166-1 alpha-2 codes). */
export interface CountriesQuestion extends QuestionBase {
	readonly kind: 'countries';
	readonly max: number;
}

export type Question =
	SingleChoiceQuestion | MultipleChoiceQuestion | TextQuestion | NumberQuestion | CountriesQuestion;

export interface Step {
	readonly id: StepId;
	readonly title: string;
	readonly intro?: string;
	/** where the study asks or reports this (« section 3 »), for readers checking it against the study */
	readonly studySections: string;
	readonly visibleIf?: Condition;
	readonly questions: readonly Question[];
}

export interface QuestionnaireDefinition {
	readonly version: number;
	readonly steps: readonly Step[];
	/** Answers assumed, until given, when counting steps and time left (the most common path). */
	readonly assumedUntilAnswered?: Answers;
}

/** Unknown is an answer, not a gap: « je ne sais pas » options carry this id everywhere. */
export const UNKNOWN = 'unknown';
