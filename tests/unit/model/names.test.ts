// Names as the app keeps and files them: control characters never kept, copies within the limit,
// file names in Latin letters whatever the script (issue 16, items 3 and 11).
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import { exportFileName } from '../../../src/lib/model/backup';
import { createDiagnostic } from '../../../src/lib/model/diagnostic';
import { checkDiagnostic } from '../../../src/lib/model/diagnostic-schema';
import { duplicated, renamed, withAnswer } from '../../../src/lib/model/operations';
import { slug } from '../../../src/lib/report/text';

const at = new Date('2026-03-01T10:00:00.000Z');
const blank = createDiagnostic(questionnaire.version, 'profile', at, 'nom-1');

describe('names', () => {
	it('drops control characters typed or pasted, in answers and in titles', () => {
		expect(withAnswer(blank, 'authority_name', 'Brest\u0000 Métropole\u0007').answers['authority_name']).toBe(
			'Brest Métropole'
		);
		expect(renamed(blank, 'Mon\u001b diagnostic').title).toBe('Mon diagnostic');
	});

	it('keeps a copy of a 120-character name within the limit, and readable back', () => {
		const long = 'É'.repeat(120);
		for (const original of [
			{ ...blank, title: long },
			{ ...blank, answers: { authority_name: long } }
		]) {
			const copy = duplicated(original, at, 'copie-1');
			expect([...copy.title].length).toBeLessThanOrEqual(120);
			expect(copy.title.endsWith(' (copie)')).toBe(true);
			expect(checkDiagnostic(copy)).toMatchObject({ ok: true });
		}
	});

	it('transliterates file names instead of dropping the letters', () => {
		expect(slug('Nguyễn Đức')).toBe('nguyen-duc');
		expect(slug('Κέρκυρα')).toBe('kerkyra');
		expect(slug('Київ')).toBe('kiiv');
		expect(slug('Œuvre de Saint-Étienne')).toBe('oeuvre-de-saint-etienne');
		expect(slug('東京')).toBe('collectivite');
		expect(exportFileName([{ ...blank, title: 'Москва' }], at)).toBe(
			'autodiagnostic-aect-moskva-edition-2026-2026-03-01.json'
		);
	});
});
