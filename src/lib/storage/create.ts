// Creating, duplicating and renaming stored diagnostics.
import { questionnaire } from '../content/questionnaire';
import { createDiagnostic, type Diagnostic } from '../model/diagnostic';
import { duplicated, nextEdition, renamed } from '../model/operations';
import { addDiagnostic, getDiagnostic, saveDiagnostic, DiagnosticNotFoundError } from './diagnostics';

export async function createNewDiagnostic(): Promise<Diagnostic> {
	const first = questionnaire.steps[0];
	if (!first) throw new Error('Le questionnaire n’a aucune étape.');
	const diagnostic = createDiagnostic(questionnaire.version, first.id);
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
	const first = questionnaire.steps[0];
	if (!previous) throw new DiagnosticNotFoundError(id);
	if (!first) throw new Error('Le questionnaire n’a aucune étape.');
	const edition = nextEdition(previous, first.id);
	await addDiagnostic(edition);
	return edition;
}
