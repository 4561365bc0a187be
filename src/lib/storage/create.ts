// Creating, duplicating and renaming stored diagnostics.
import type { StepId } from '../content/types';
import { createDiagnostic, type Diagnostic } from '../model/diagnostic';
import { duplicated, nextEdition, renamed } from '../model/operations';
import { addDiagnostic, getDiagnostic, saveDiagnostic, DiagnosticNotFoundError } from './diagnostics';

/** Imported on creation, not with the home page offering it: the questionnaire page needs it next anyway. */
async function questionnaireStart(): Promise<{ version: number; firstStepId: StepId }> {
	const { questionnaire } = await import('../content/questionnaire');
	const first = questionnaire.steps[0];
	if (!first) throw new Error('Le questionnaire n’a aucune étape.');
	return { version: questionnaire.version, firstStepId: first.id };
}

export async function createNewDiagnostic(): Promise<Diagnostic> {
	const { version, firstStepId } = await questionnaireStart();
	const diagnostic = createDiagnostic(version, firstStepId);
	await addDiagnostic(diagnostic);
	return diagnostic;
}

export async function duplicateDiagnostic(id: string): Promise<Diagnostic> {
	const original = await getDiagnostic(id);
	if (!original) throw new DiagnosticNotFoundError(id);
	const copy = duplicated(original);
	await addDiagnostic(copy);
	return copy;
}

export async function renameDiagnostic(id: string, title: string): Promise<Diagnostic> {
	const stored = await getDiagnostic(id);
	if (!stored) throw new DiagnosticNotFoundError(id);
	return saveDiagnostic(renamed(stored, title));
}

export async function createNextEdition(id: string): Promise<Diagnostic> {
	const previous = await getDiagnostic(id);
	if (!previous) throw new DiagnosticNotFoundError(id);
	const edition = nextEdition(previous, (await questionnaireStart()).firstStepId);
	await addDiagnostic(edition);
	return edition;
}
