import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import { Journey } from './pages/journey';

const beta = readFileSync(new URL('../fixtures/migrations/questionnaire-v0-file.json', import.meta.url));

function importFile(page: Page, name: string, content: string | Buffer) {
	return page
		.getByLabel('Importer des diagnostics depuis un fichier exporté (.json)')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

const refusal = (page: Page, name: string) =>
	page.getByRole('alert').filter({ hasText: `Le fichier « ${name} » n’a pas été importé` });

test.beforeEach(async ({ page }) => {
	await page.goto('./');
	await expect(page.getByText('Aucun diagnostic pour l’instant.')).toBeVisible();
});

test('imports an export of the beta, migrated; the same file again adds nothing, a changed one comes as copies', async ({
	page
}) => {
	await importFile(page, 'beta.json', beta);
	await expect(page.getByRole('status').filter({ hasText: '2 diagnostics importés.' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Saint-Exemple (bêta)' })).toBeVisible();
	await importFile(page, 'beta.json', beta);
	await expect(page.getByRole('status').filter({ hasText: 'Aucun diagnostic importé.' })).toContainText(
		'2\u00a0diagnostics étaient déjà présents à l’identique sur cet appareil'
	);
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(2);
	const changed = beta.toString().replace('"revision": ', '"revision": 1');
	await importFile(page, 'beta-modifie.json', changed);
	await expect(page.getByRole('status').filter({ hasText: 'importé comme copie' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: /\(copie\)$/ })).toHaveCount(1);

	await page.getByRole('link', { name: 'Saint-Exemple (bêta)', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Partenariats et réseaux');
	await page.goto(page.url().replace(/questionnaire\/[^?]+/, 'recapitulatif'));
	await expect(page.getByRole('heading', { name: 'Anciennes réponses' })).toBeVisible();
	await expect(page.getByText('Villes partenaires : Tuléar (Madagascar), Ouahigouya (Burkina Faso)')).toBeVisible();
});

test.describe('refuses a wrong file whole, saying what and where', () => {
	const file = JSON.parse(beta.toString()) as {
		diagnostics: { answers: Record<string, unknown>; questionnaireVersion: number }[];
	};
	const cases: [string, string, RegExp][] = [
		['notes.json', 'ceci n’est pas du JSON', /pas un fichier JSON valide/],
		[
			'carte.json',
			JSON.stringify({ type: 'FeatureCollection', features: [] }),
			/pas un export de l’autodiagnostic ACTER/
		],
		[
			'futur.json',
			JSON.stringify({ ...file, diagnostics: [{ ...file.diagnostics[0], questionnaireVersion: 9 }] }),
			/version plus récente du questionnaire/
		],
		[
			'inconnu.json',
			JSON.stringify({
				...file,
				diagnostics: [file.diagnostics[0], { ...file.diagnostics[1], answers: { authority_type: 'empire' } }]
			}),
			/Diagnostic n°\s2, question «\sType de collectivité\s» \(diagnostics\.1\.answers\.authority_type\)\s: réponse inconnue «\sempire\s»/
		]
	];
	for (const [name, content, message] of cases) {
		test(name, async ({ page }) => {
			await importFile(page, name, content);
			await expect(refusal(page, name)).toContainText(message);
			await expect(refusal(page, name)).toBeFocused();
			await expect(page.getByText('Aucun diagnostic pour l’instant.')).toBeVisible();
		});
	}
});

test('exports one diagnostic as a file and records the backup', async ({ page }) => {
	const journey = new Journey(page);
	await journey.start();
	await journey.answerProfile('Ploudalmézeau');
	await page.getByRole('link', { name: 'ACTER autodiagnostic' }).click();
	await expect(page.getByText('Pensez à sauvegarder ce diagnostic')).toBeVisible();
	await expect(page.getByText('Dernière sauvegarde').locator('..')).toContainText('aucune');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter Ploudalmézeau' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(
		/^autodiagnostic-aect-ploudalmezeau-edition-\d{4}-\d{4}-\d{2}-\d{2}\.json$/
	);
	const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
		diagnostics: { lastExportedAt?: string }[];
	};
	expect(exported.diagnostics[0]?.lastExportedAt).toBeTruthy();
	await expect(page.getByText('Pensez à sauvegarder ce diagnostic')).toBeHidden();
	await expect(page.getByText('Dernière sauvegarde').locator('..')).not.toContainText('aucune');
});
