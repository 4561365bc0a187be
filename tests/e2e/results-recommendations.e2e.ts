// What a complete diagnostic gets on the results page: needs, options, roadmap and peers one click
// away, then the PDF roadmap and the answers file offered alongside.
import { expect, test } from './support/test';
import { readFile } from 'node:fs/promises';
import { readDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import { expectNoAxeViolations } from './support/axe';
import { downloadReport } from './support/report-download';
import { seed } from './support/seed';
import { exampleDiagnostic } from '../fixtures/answers';

const diagnostic = exampleDiagnostic('humanis');
const authority = 'Commune profil-type HUMANIS';

test.beforeEach(async ({ page }) => {
	await seed(page, diagnostic);
	await page.goto(`./resultats?d=${diagnostic.id}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeFocused();
});

/** the part of the page named `name`, opened */
async function open(page: import('@playwright/test').Page, name: string) {
	const region = page.getByRole('region', { name, exact: true });
	await region.getByRole('button', { name, exact: true }).click();
	await expect(region.getByRole('button', { name, exact: true })).toHaveAttribute('aria-expanded', 'true');
	return region;
}

test('shows the needs, the options with their filters, the roadmap and the peers', async ({ page }) => {
	const needs = await open(page, 'Vos besoins en détail');
	await expect(
		needs.getByRole('heading', { level: 3, name: 'Des informations sur les dispositifs de financement' })
	).toBeVisible();

	const title = await page
		.getByRole('button', { name: /^Tous les dispositifs qui vous correspondent \(\d+\)$/ })
		.textContent();
	const options = await open(page, title!.trim());
	const count = options.getByRole('status');
	const shown = options.getByRole('heading', { level: 3 });
	const total = await shown.count();
	expect(total).toBeGreaterThan(6);
	await expect(count).toHaveText(`${total}\u00a0dispositifs affichés sur ${total}.`);
	await options.getByRole('checkbox', { name: 'Financements' }).uncheck();
	await expect(count).not.toHaveText(`${total}\u00a0dispositifs affichés sur ${total}.`);
	const withoutFunding = await options.getByRole('heading', { level: 3 }).filter({ visible: true }).count();
	expect(withoutFunding).toBeLessThan(total);
	await expect(count).toHaveText(new RegExp(`^${withoutFunding}\u00a0dispositifs? affichés? sur ${total}\\.$`));
	await options.getByRole('checkbox', { name: 'Financements' }).check();
	await expect(shown.filter({ visible: true })).toHaveCount(total);

	const roadmap = await open(page, 'Votre feuille de route, en entier');
	// this authority has nothing to do « d’ici trois ans »: the roadmap shows only the horizons it has steps in
	await expect(roadmap.getByRole('heading', { level: 3 })).toHaveText(['Dans les trois mois', 'Dans l’année']);

	const peers = await open(page, 'Votre collectivité parmi celles de l’étude');
	// the study's acronyms carry their definition's button, read between the words
	await expect(peers.getByText(/^Ces repères viennent de l’étude ACTER/)).toContainText(
		/CIRRMA.*, 2024\)\s:\s122\scollectivités ont répondu/
	);
	await expect(peers.getByRole('listitem').first()).toContainText('(étude ACTER, section');

	const links = options.getByRole('link', { name: /^(Site|Page|Guide|Code|Appel|Mission|Portail)/ });
	await expect(links).toHaveCount(total);
	await expect(
		options.getByRole('link', { name: /^Guide pratique du cofinancement du ministère/ }).first()
	).toBeVisible();
	for (const link of await links.all()) {
		// never « de » before a name that begins with a vowel: « de l’AFCCRE », « d’Erasmus+ »
		await expect(link).not.toHaveText(/(^|\s)(de|le|la) [aeiouyàâéèêîôûœAEIOUYÀÂÉÈÊÎÔÛŒ]/);
		await expect(link).toHaveAttribute('href', /^https?:\/\/\S+$/);
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
	}
	await expectNoAxeViolations(page, 'the results page of a HUMANIS-type, every part open');
});

test('downloads the PDF roadmap, then the answers as a file the app reads back', async ({ page }, testInfo) => {
	await expect(page.getByRole('checkbox', { name: /^Ajouter en annexe le détail du classement/ })).not.toBeChecked();
	const { fileName, text } = await downloadReport(page, testInfo);
	expect(fileName).toMatch(/^autodiagnostic-aect-commune-profil-type-humanis-/);
	expect(text).toContain(authority);
	expect(text).toContain('Votre modèle, en clair');
	expect(text).not.toContain('Annexe');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Enregistrer aussi les réponses (JSON)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.json$/);
	const read = readDiagnosticFile(await readFile(await download.path(), 'utf8'));
	expect(read.ok && read.diagnostics.map((d) => [d.id, d.answers['authority_name']])).toEqual([
		[diagnostic.id, authority]
	]);
	await expect(page.getByRole('status').filter({ hasText: 'Le diagnostic a été exporté.' })).toBeVisible();
	await expectNoAxeViolations(page, 'the results page after both downloads');
});

test('adds the scoring detail and every answer when the user asks for the annex', async ({ page }, testInfo) => {
	await page.getByRole('checkbox', { name: /^Ajouter en annexe le détail du classement/ }).check();
	const { text } = await downloadReport(page, testInfo);
	expect(text).toMatch(/Annexe\s+:\s+le détail du classement/);
	expect(text).toMatch(/Annexe\s+:\s+vos réponses/);
	expect(text).toMatch(/\(\+\d+ points?\)/);
});
