// Backups by export: the file name, and when to remind someone that a diagnostic has none recent.
import { displayName, editionYear, type Diagnostic } from './diagnostic';
import { slug } from './transliterate';

export const BACKUP_REMINDER_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** A diagnostic with answers and no export in the last 30 days deserves a gentle reminder. */
export function needsBackupReminder(diagnostic: Diagnostic, now: Date = new Date()): boolean {
	if (Object.keys(diagnostic.answers).length === 0) return false;
	if (!diagnostic.lastExportedAt) return true;
	return now.getTime() - new Date(diagnostic.lastExportedAt).getTime() > BACKUP_REMINDER_DAYS * DAY;
}

function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * `autodiagnostic-aect-<nom>-edition-<année>-<date>.json`; « tous » names a file holding several diagnostics, and
 * an export split into several files numbers them (« -1-sur-2 »).
 */
export function exportFileName(
	diagnostics: readonly Diagnostic[],
	now: Date = new Date(),
	part: { index: number; of: number } = { index: 0, of: 1 }
): string {
	const [only] = diagnostics;
	const name =
		diagnostics.length === 1 && only
			? `${slug(displayName(only), 'diagnostic')}-edition-${editionYear(only)}`
			: 'tous';
	const numbered = part.of > 1 ? `-${part.index + 1}-sur-${part.of}` : '';
	return `autodiagnostic-aect-${name}-${localDate(now)}${numbered}.json`;
}

/** The same diagnostics, marked as exported now. */
export function markedExported(diagnostics: readonly Diagnostic[], now: Date = new Date()): Diagnostic[] {
	return diagnostics.map((d) => ({ ...d, lastExportedAt: now.toISOString() }));
}
