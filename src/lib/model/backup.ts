// Backups by export: the file name, and when to remind someone that a diagnostic has none recent.
import { displayName, editionYear, type Diagnostic } from './diagnostic';

export const BACKUP_REMINDER_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** A diagnostic with answers and no export in the last 30 days deserves a gentle reminder. */
export function needsBackupReminder(diagnostic: Diagnostic, now: Date = new Date()): boolean {
	if (Object.keys(diagnostic.answers).length === 0) return false;
	if (!diagnostic.lastExportedAt) return true;
	return now.getTime() - new Date(diagnostic.lastExportedAt).getTime() > BACKUP_REMINDER_DAYS * DAY;
}

function slug(text: string): string {
	const plain = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return plain || 'diagnostic';
}

function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `autodiagnostic-aect-<nom>-edition-<année>-<date>.json`; « tous » names a file holding several diagnostics. */
export function exportFileName(diagnostics: readonly Diagnostic[], now: Date = new Date()): string {
	const [only] = diagnostics;
	const name = diagnostics.length === 1 && only ? `${slug(displayName(only))}-edition-${editionYear(only)}` : 'tous';
	return `autodiagnostic-aect-${name}-${localDate(now)}.json`;
}

/** The same diagnostics, marked as exported now. */
export function markedExported(diagnostics: readonly Diagnostic[], now: Date = new Date()): Diagnostic[] {
	return diagnostics.map((d) => ({ ...d, lastExportedAt: now.toISOString() }));
}
