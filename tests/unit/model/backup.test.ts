import { questionnaire } from '../../../src/lib/content/questionnaire';
import { describe, expect, it } from 'vitest';
import { exportFileName, needsBackupReminder } from '../../../src/lib/model/backup';
import { createDiagnostic, type Diagnostic } from '../../../src/lib/model/diagnostic';

const now = new Date('2026-05-20T10:00:00');
const base = createDiagnostic(questionnaire.version, 'profile', new Date('2026-01-01T00:00:00Z'), 'id-1');
const answered: Diagnostic = { ...base, answers: { authority_name: 'Saint-Étienne-de-Tinée' } };

describe('backups', () => {
	it('names the file after the diagnostic and the local date', () => {
		expect(exportFileName([answered], now)).toBe('autodiagnostic-aect-saint-etienne-de-tinee-2026-05-20.json');
		expect(exportFileName([answered, base], now)).toBe('autodiagnostic-aect-tous-2026-05-20.json');
		expect(exportFileName([{ ...base, title: '« ! »' }], now)).toBe('autodiagnostic-aect-diagnostic-2026-05-20.json');
	});

	it('reminds only for a diagnostic with answers and no export in the last 30 days', () => {
		expect(needsBackupReminder(base, now)).toBe(false);
		expect(needsBackupReminder(answered, now)).toBe(true);
		expect(needsBackupReminder({ ...answered, lastExportedAt: '2026-05-01T10:00:00.000Z' }, now)).toBe(false);
		expect(needsBackupReminder({ ...answered, lastExportedAt: '2026-04-01T10:00:00.000Z' }, now)).toBe(true);
	});
});
