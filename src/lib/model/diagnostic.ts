// A diagnostic: one authority's answers, where it stopped, and its history on this device.
import { yearOf } from '../engine/french';
import type { Answers, StepId } from '../content/types';

/** Version of the stored and exported record format (not of the questionnaire). */
export const DIAGNOSTIC_SCHEMA_VERSION = 1;
export const TITLE_MAX_LENGTH = 120;

// C0 controls but tab and line breaks, DEL, C1 controls: invisible, and a NUL cuts a name short in a PDF.
const CONTROL_RANGES = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const CONTROLS = new RegExp(`[${CONTROL_RANGES}]`, 'g');
/** Text with none of them (a pattern the published JSON Schema carries too). */
export const WITHOUT_CONTROL_CHARACTERS = new RegExp(`^[^${CONTROL_RANGES}]*$`);

/** Typed or pasted text as kept: control characters never reach storage, a file or a PDF. */
export function withoutControlCharacters(text: string): string {
	return text.replace(CONTROLS, '');
}

export interface Diagnostic {
	readonly schemaVersion: number;
	/** the questionnaire version the answers follow */
	readonly questionnaireVersion: number;
	readonly id: string;
	/** a name the user gives the diagnostic; the authority's name is shown when empty */
	readonly title: string;
	readonly createdAt: string;
	readonly updatedAt: string;
	/** raised on every save: a save based on an older revision is refused (another tab wrote since) */
	readonly revision: number;
	readonly answers: Answers;
	readonly currentStepId: StepId;
	readonly completedAt?: string;
	readonly lastExportedAt?: string;
	/** the earlier edition this one follows, for year-on-year comparison */
	readonly previousEditionId?: string;
	/** answers to questions removed from the questionnaire, kept for the record */
	readonly legacyAnswers?: Readonly<Record<string, string>>;
}

export function newDiagnosticId(): string {
	return crypto.randomUUID();
}

export function createDiagnostic(
	questionnaireVersion: number,
	firstStepId: StepId,
	now: Date = new Date(),
	id: string = newDiagnosticId()
): Diagnostic {
	const timestamp = now.toISOString();
	return {
		schemaVersion: DIAGNOSTIC_SCHEMA_VERSION,
		questionnaireVersion,
		id,
		title: '',
		createdAt: timestamp,
		updatedAt: timestamp,
		revision: 0,
		answers: {},
		currentStepId: firstStepId
	};
}

/** The name shown in lists and on the report. */
export function displayName(diagnostic: Diagnostic): string {
	const title = diagnostic.title.trim();
	if (title) return title;
	const name = diagnostic.answers['authority_name'];
	return typeof name === 'string' && name.trim() ? name.trim() : 'Diagnostic sans nom';
}

/**
 * The year of this edition of an authority's diagnostic (its creation, in Paris time): file names
 * carry it, so an original and its edition a year later never give the same file.
 */
export function editionYear(diagnostic: Diagnostic): string {
	return yearOf(diagnostic.createdAt);
}
