// What to tell someone when this device's storage refuses an action (full, unavailable, a record
// that would not read back): one way for every action, said in French, never an uncaught error.
import { DiagnosticNotFoundError, InvalidDiagnosticError, isStorageFull } from '../storage/diagnostics';

/** « La copie n’a pas été créée : l’espace de stockage de cet appareil est plein… » */
export function storageFailureMessage(error: unknown, failed: string): string {
	if (isStorageFull(error)) {
		return `${failed}\u00a0: l’espace de stockage de cet appareil est plein. Libérez de la place (exportez puis supprimez des diagnostics dont vous n’avez plus besoin, ou effacez les données d’autres sites dans le navigateur), puis réessayez.`;
	}
	if (error instanceof InvalidDiagnosticError || error instanceof DiagnosticNotFoundError)
		return `${failed}\u00a0: ${lower(error.message)}`;
	return `${failed}\u00a0: l’enregistrement sur cet appareil a échoué. Réessayez\u00a0; si cela se reproduit, exportez vos diagnostics pour ne rien perdre et rechargez la page.`;
}

const lower = (text: string) => `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}`;

/** For `promise.then(ok, storageFailure('…'))`: the failure as the message to show. */
export function storageFailure(failed: string): (error: unknown) => string {
	return (error) => storageFailureMessage(error, failed);
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string };

/** Runs a storage action; a failure comes back as the message to show, never as a throw. */
export async function attempt<T>(action: () => Promise<T>, failed: string): Promise<Attempt<T>> {
	try {
		return { ok: true, value: await action() };
	} catch (error) {
		return { ok: false, message: storageFailureMessage(error, failed) };
	}
}
