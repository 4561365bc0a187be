// Importing an adviser's whole portfolio again (issue 16, item 16): the live region reads one short
// paragraph, whatever the number of diagnostics, never a list of every name.
import { afterEach, describe, expect, it } from 'vitest';
import { generateDiagnostics } from '../../../scripts/bench/generate-diagnostics';
import { writeDiagnosticFile } from '../../../src/lib/model/diagnostic-file';
import { importFiles, importSummary } from '../../../src/lib/state/import-files';
import { DB_NAME, closeDatabase } from '../../../src/lib/storage/db';
import { resetRepository } from '../../../src/lib/storage/repository';

afterEach(async () => {
	await closeDatabase();
	resetRepository();
	indexedDB.deleteDatabase(DB_NAME);
});

const portfolio = generateDiagnostics(5000, 16);
const file = (name: string, text: string): File => new File([text], name, { type: 'application/json' });
const exported = file('portefeuille.json', writeDiagnosticFile(portfolio));
/** the same portfolio edited elsewhere: every diagnostic at a later revision, so each comes in as a copy */
const editedElsewhere = file(
	'portefeuille-modifie.json',
	writeDiagnosticFile(portfolio.map((d) => ({ ...d, revision: d.revision + 1 })))
);
const names = (summary: string): number => summary.split('«').length - 1;

describe('the summary of a large import', () => {
	it('stays one short paragraph when 5 000 diagnostics come in, come again, and come again changed, with a refused file', async () => {
		const first = importSummary(await importFiles([exported]));
		expect(first).toBe('5\u202f000\u00a0diagnostics importés.');

		const again = importSummary(await importFiles([exported]));
		expect(again).toBe(
			'Aucun diagnostic importé. 5\u202f000\u00a0diagnostics étaient déjà présents à l’identique sur cet appareil\u00a0: ils n’ont pas été importés une seconde fois.'
		);

		const changed = importSummary(await importFiles([editedElsewhere, file('notes.json', 'pas du JSON')]));
		expect(changed).toMatch(
			/^2\u00a0fichiers lus\. 5\u202f000\u00a0diagnostics importés\. Déjà présents sur cet appareil avec d’autres réponses, /
		);
		expect(changed).toContain(' et 4\u202f995\u00a0autres ont été importés comme copies');
		expect(changed).toMatch(/1\u00a0fichier refusé\u00a0: voir le détail ci-dessous\.$/);
		expect(names(changed)).toBe(5);
		expect(changed.length).toBeLessThan(1_000);
	}, 120_000);
});
