// What an adviser does with a meeting's diagnostics once they are finished: compares them side by
// side, exports them as CSV for a spreadsheet and as JSON for another device. Each journey starts
// from the same three diagnostics, imported and then finished in the presenter view today.
import { type Page } from '@playwright/test';
import { expect, hydratedNavigation, test } from './support/test';
import { readFile } from 'node:fs/promises';
import { questionnaire } from '../../src/lib/content/questionnaire';
import { createDiagnostic } from '../../src/lib/model/diagnostic';
import { writeDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import { csvColumns } from '../../src/lib/report/diagnostics-csv';
import { meetingAnswers } from '../fixtures/answers';
import { parseCsv } from '../support/csv-parser';
import { PresenterPage } from './pages/presenter-page';
import { expectNoAxeViolations } from './support/axe';
import { importIntoPortfolio } from './pages/portfolio';
import { storedDiagnostics } from './support/seed';

const { commune, village, department } = meetingAnswers;
const names = ['Saint-Exemple-sur-Loire', 'Petit-Village', department['authority_name'] as string];

/**
 * The three diagnostics of a meeting, created today a second apart (the département last), each finished in the
 * presenter view.
 */
async function threeFinishedToday(page: Page): Promise<void> {
	const now = Date.now();
	const file = writeDiagnosticFile(
		[commune, village, department].map((answers, index) => ({
			...createDiagnostic(
				questionnaire.version,
				'profile',
				new Date(now - (3 - index) * 1000),
				`reunion-${index}`
			),
			answers
		}))
	);
	await importIntoPortfolio(page, file, 3);
	const presenter = new PresenterPage(page);
	for (const [index, answers] of [commune, village, department].entries()) {
		await presenter.finish(names[index]!, answers);
		const finished = async () =>
			(await storedDiagnostics(page)).filter((d) => typeof d['completedAt'] === 'string').length;
		await expect.poll(finished, 'the results screen records when the diagnostic was finished').toBe(index + 1);
	}
	await page.goto('./reunion');
	await page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
	await expect(page.getByRole('heading', { name: 'Sélection\u00a0: 3 diagnostics' })).toBeVisible();
}

test('three diagnostics compared side by side, most recent first', async ({ page }) => {
	await threeFinishedToday(page);
	await page.getByRole('button', { name: 'Comparer côte à côte' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Comparaison côte à côte' })).toBeVisible();
	for (const name of names) await expect(page.getByRole('columnheader', { name })).toBeVisible();
	const service = page.getByRole('row', { name: /Service des relations internationales/ });
	// most recent first; innerText leaves out the column names shown only on a narrow screen
	await expect(service.getByRole('cell')).toHaveText(['Oui, 2,5\u00a0ETP', 'Sans objet', 'Non'], {
		useInnerText: true
	});
	await expect(page.getByRole('img', { name: 'Part de chaque modèle ACTER' })).toHaveCount(2); // the village has no model
	await expect(
		page
			.getByRole('row', { name: /Modèle principal/ })
			.getByRole('cell')
			.nth(1)
	).toHaveText('Pas encore d’action extérieure', { useInnerText: true });
	const funding = 'Des informations sur les dispositifs de financement';
	await expect(page.getByRole('row', { name: /Besoin principal/ }).getByRole('cell')).toHaveText(
		[funding, funding, funding],
		{ useInnerText: true }
	);
	await expectNoAxeViolations(page, 'comparison');
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: test.info().outputPath('comparison.png'), fullPage: true });
});

test('the selection exported as CSV for a French spreadsheet: one row each, « Terminé » today in Paris time', async ({
	page
}) => {
	await threeFinishedToday(page);
	const [csvDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exporter en CSV' }).click()
	]);
	expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
	const bytes = await readFile((await csvDownload.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const rows = parseCsv(bytes.toString('utf8'));
	const [header, ...records] = rows;
	const column = (title: string) => records.map((r) => r[header!.indexOf(title)]);
	expect(header).toEqual(csvColumns(questionnaire).map((c) => c.title));
	expect(header).toContain('Frein principal');
	expect(column('Type de résultat').sort()).toEqual(['Parcours de démarrage', 'Typologie', 'Typologie']);
	expect(column('Modèle principal').sort()[2]).toBe('Pas encore d’action extérieure');
	expect(column('Modèle principal').filter((m) => /^(HUMANIS|COSMIN|CIMOB|CLIMAPART|ASTRE)$/.test(m!))).toHaveLength(
		2
	);
	expect(records).toHaveLength(3);
	expect(column('Nom de la collectivité').sort()).toEqual([...names].sort());
	expect(column('ETP du service des relations internationales')).toContain('2,5');
	expect(column('Région')).toContain('Pays de la Loire');
	// finished in the presenter view today: « Terminé », with the date, in Paris time
	const today = new Intl.DateTimeFormat('fr-FR', {
		timeZone: 'Europe/Paris',
		day: '2-digit',
		month: '2-digit',
		year: 'numeric'
	}).format(new Date());
	expect(column('Statut')).toEqual(['Terminé', 'Terminé', 'Terminé']);
	for (const title of ['Créé le', 'Modifié le', 'Terminé le']) {
		for (const date of column(title))
			expect(date, title).toMatch(new RegExp(`^${today.replace(/\//g, '\\/')} \\d{2}:\\d{2}$`));
	}
	const villageRow = records.find((r) => r.includes('Petit-Village'))!;
	expect(villageRow[header!.indexOf('Besoins')]!.split(' | ')).toHaveLength(2);
	expect(villageRow[header!.indexOf('Budget annuel')]).toBe('');
});

test('the selection exported as JSON and imported on another device, finished as it was', async ({ page, browser }) => {
	await threeFinishedToday(page);
	const [jsonDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exporter en JSON' }).click()
	]);
	const bundle = (await jsonDownload.path())!;
	const exported = JSON.parse(await readFile(bundle, 'utf8')) as { diagnostics: { completedAt?: string }[] };
	expect(
		exported.diagnostics.map((d) => typeof d.completedAt),
		'the presenter records when each was finished'
	).toEqual(['string', 'string', 'string']);

	const fresh = await browser.newContext();
	hydratedNavigation(fresh);
	const other = await fresh.newPage();
	await other.goto('./reunion');
	await expect(other.getByText('Aucun diagnostic sur cet appareil pour l’instant.')).toBeVisible();
	await other.getByText('Importer des diagnostics exportés').click();
	await other.getByLabel('Importer des diagnostics depuis un fichier exporté (.json)').setInputFiles(bundle);
	await expect(other.getByText('3 diagnostics importés.')).toBeVisible();
	for (const name of names) await expect(other.getByRole('rowheader', { name, exact: true })).toBeVisible();
	await expect(other.getByRole('row').filter({ hasText: 'Petit-Village' })).toContainText('Terminé');
	await fresh.close();
});
