import { type Page } from '@playwright/test';
import { expect, hydratedNavigation, test } from './support/test';
import { readFile } from 'node:fs/promises';
import { questionnaire } from '../../src/lib/content/questionnaire';
import type { Answers } from '../../src/lib/content/types';
import { csvColumns } from '../../src/lib/report/diagnostics-csv';
import { engagedAnswers, startingAnswers } from '../fixtures/answers';
import { parseCsv } from '../support/csv-parser';
import { expectNoAxeViolations } from './support/axe';
import { PresenterPage } from './support/presenter-page';
import { storedDiagnostics } from './support/seed';

// Countries are typed in a search field, which the presenter's shortcuts would catch: these fixtures have no partner abroad.
const { partner_countries: _countries, ...engagedPartners } = engagedAnswers;
const engagedWithoutCountries: Answers = { ...engagedPartners, zones: ['none'] };
/** A department, engaged, with a name that needs quoting in CSV. */
const { main_obstacle: _main, ...engagedOneObstacle } = engagedWithoutCountries;
const departmentAnswers: Answers = {
	...engagedOneObstacle,
	authority_type: 'department',
	authority_name: 'Conseil départemental « Val-d’Exemple » ; "pilote"',
	region: 'bretagne',
	department: '35',
	population_band: '500k_1m',
	ri_service: 'yes',
	ri_fte: 2.5,
	europe_service: 'no',
	agents_outside_service: 'no',
	networks: ['none'],
	obstacles: ['crises']
};
const villageAnswers = startingAnswers;
const communeAnswers = engagedWithoutCountries;

async function startInMeetingMode(page: Page) {
	await page.goto('./reunion');
	const start = page.getByRole('button', { name: 'Nouveau diagnostic en mode réunion' });
	await start.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveTitle(/^Question 1 sur \d+ – Diagnostic sans nom – Mode réunion/);
}

async function runThree(page: Page, presenter: PresenterPage) {
	for (const [index, answers] of [communeAnswers, villageAnswers, departmentAnswers].entries()) {
		await startInMeetingMode(page);
		await presenter.run(answers);
		await expect(page).toHaveTitle(/^Résultats – .+ – Mode réunion/); // the last « Suivant » shows the results on the projector
		await expect(page.getByRole('heading', { level: 1, name: 'Résultats du diagnostic' })).toBeFocused();
		// reaching the results records the completion in the background; the next full page load must not cut it short
		const finished = async () => (await storedDiagnostics(page)).filter((d) => typeof d['completedAt'] === 'string').length;
		await expect.poll(finished, 'the results screen records when the diagnostic was finished').toBe(index + 1);
	}
}

test('three diagnostics run in meeting mode with the keyboard, compared, exported as CSV and JSON, re-imported elsewhere', async ({ page, browser }) => {
	test.setTimeout(240_000);
	const presenter = new PresenterPage(page);
	await runThree(page, presenter);

	await page.goto('./reunion');
	const names = ['Saint-Exemple-sur-Loire', 'Petit-Village', departmentAnswers['authority_name'] as string];
	await page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
	await expect(page.getByRole('heading', { name: 'Sélection\u00a0: 3 diagnostics' })).toBeVisible();

	await page.getByRole('button', { name: 'Comparer côte à côte' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Comparaison côte à côte' })).toBeVisible();
	for (const name of names) await expect(page.getByRole('columnheader', { name })).toBeVisible();
	const service = page.getByRole('row', { name: /Service des relations internationales/ });
	// most recent first; innerText leaves out the column names shown only on a narrow screen
	await expect(service.getByRole('cell')).toHaveText(['Oui, 2,5\u00a0ETP', 'Sans objet', 'Non'], { useInnerText: true });
	await expect(page.getByRole('img', { name: 'Part de chaque modèle ACTER' })).toHaveCount(2); // the village has no model
	await expect(page.getByRole('row', { name: /Modèle principal/ }).getByRole('cell').nth(1)).toHaveText('Pas encore d’action extérieure', { useInnerText: true });
	const funding = 'Des informations sur les dispositifs de financement';
	await expect(page.getByRole('row', { name: /Besoin principal/ }).getByRole('cell')).toHaveText([funding, funding, funding], { useInnerText: true });
	await expectNoAxeViolations(page, 'comparison');
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: test.info().outputPath('comparison.png'), fullPage: true });

	await page.goBack();
	await page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
	const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
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
	expect(column('Modèle principal').filter((m) => /^(HUMANIS|COSMIN|CIMOB|CLIMAPART|ASTRE)$/.test(m!))).toHaveLength(2);
	expect(records).toHaveLength(3);
	expect(column('Nom de la collectivité').sort()).toEqual([...names].sort());
	expect(column('ETP du service des relations internationales')).toContain('2,5');
	expect(column('Région')).toContain('Pays de la Loire');
	// finished in the presenter view today: « Terminé », with the date, in Paris time
	const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
	expect(column('Statut')).toEqual(['Terminé', 'Terminé', 'Terminé']);
	for (const title of ['Créé le', 'Modifié le', 'Terminé le']) {
		for (const date of column(title)) expect(date, title).toMatch(new RegExp(`^${today.replace(/\//g, '\\/')} \\d{2}:\\d{2}$`));
	}
	const village = records.find((r) => r.includes('Petit-Village'))!;
	expect(village[header!.indexOf('Besoins')]!.split(' | ')).toHaveLength(2);
	expect(village[header!.indexOf('Budget annuel')]).toBe('');

	const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en JSON' }).click()]);
	const bundle = (await jsonDownload.path())!;
	const exported = JSON.parse(await readFile(bundle, 'utf8')) as { diagnostics: { completedAt?: string }[] };
	expect(exported.diagnostics.map((d) => typeof d.completedAt), 'the presenter records when each was finished').toEqual(['string', 'string', 'string']);

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
