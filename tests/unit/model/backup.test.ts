import { questionnaire } from '../../../src/lib/content/questionnaire';
import { describe, expect, it } from 'vitest';
import { exportFileName, needsBackupReminder } from '../../../src/lib/model/backup';
import { createDiagnostic, editionYear, type Diagnostic } from '../../../src/lib/model/diagnostic';
import { nextEdition } from '../../../src/lib/model/operations';

const now = new Date('2026-05-20T10:00:00');
const base = createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), 'id-1');
const answered: Diagnostic = { ...base, answers: { authority_name: 'Saint-Étienne-de-Tinée' } };

describe('backups', () => {
	it("names the file after the diagnostic, its edition's year and the local date", () => {
		expect(exportFileName([answered], now)).toBe(
			'autodiagnostic-aect-saint-etienne-de-tinee-edition-2026-2026-05-20.json'
		);
		expect(exportFileName([answered, base], now)).toBe('autodiagnostic-aect-tous-2026-05-20.json');
		expect(exportFileName([{ ...base, title: '« ! »' }], now)).toBe(
			'autodiagnostic-aect-diagnostic-edition-2026-2026-05-20.json'
		);
	});

	it('never gives an original and its edition a year later the same name, even on the same day', () => {
		const original = { ...answered, createdAt: '2025-03-01T09:00:00.000Z' };
		const edition = nextEdition(original, 'profile', new Date('2026-03-01T09:00:00Z'));
		expect(exportFileName([original], now)).toBe(
			'autodiagnostic-aect-saint-etienne-de-tinee-edition-2025-2026-05-20.json'
		);
		expect(exportFileName([edition], now)).toBe(
			'autodiagnostic-aect-saint-etienne-de-tinee-edition-2026-2026-05-20.json'
		);
		// the year is Paris's: New Year's Eve at 23:30 UTC is already the next year there
		expect(editionYear({ ...original, createdAt: '2025-12-31T23:30:00.000Z' })).toBe('2026');
	});

	it('reminds only for a diagnostic with answers and no export in the last 30 days', () => {
		expect(needsBackupReminder(base, now)).toBe(false);
		expect(needsBackupReminder(answered, now)).toBe(true);
		expect(needsBackupReminder({ ...answered, lastExportedAt: '2026-05-01T10:00:00.000Z' }, now)).toBe(false);
		expect(needsBackupReminder({ ...answered, lastExportedAt: '2026-04-01T10:00:00.000Z' }, now)).toBe(true);
	});
});
