// Adds the diagnostics of an imported file. One whose id is already on the device comes in as a
// copy, never over it.
import type { Diagnostic } from '../model/diagnostic';
import { duplicated } from '../model/operations';
import { addDiagnostic, getDiagnostic } from './diagnostics';

export async function importBundle(diagnostics: readonly Diagnostic[]): Promise<number> {
	for (const diagnostic of diagnostics) {
		await addDiagnostic((await getDiagnostic(diagnostic.id)) ? duplicated(diagnostic) : diagnostic);
	}
	return diagnostics.length;
}
