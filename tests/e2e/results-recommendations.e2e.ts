// What a complete diagnostic gets on the results page: needs, options, roadmap and peers, then the
// PDF roadmap and the answers file offered alongside.
import { expect, test } from './support/test';
import { readFile } from 'node:fs/promises';
import { readDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import { expectNoAxeViolations } from './support/axe';
import { downloadReport } from './support/report-download';
import { example, seed } from './support/seed';

const diagnostic = example('humanis');
const authority = 'Commune profil-type HUMANIS';

test.beforeEach(async ({ page }) => {
	await seed(page, diagnostic);
	await page.goto(`./resultats?d=${diagnostic.id}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeFocused();
});

test('shows the needs, the options with their filters, the roadmap and the peers', async ({ page }) => {
	const needs = page.getByRole('region', { name: 'Vos besoins' });
	await expect(needs.getByRole('heading', { level: 3, name: 'Des informations sur les dispositifs de financement' })).toBeVisible();

	const options = page.getByRole('region', { name: 'Les dispositifs qui vous correspondent' });
	const count = options.getByRole('status');
	const shown = options.getByRole('heading', { level: 3 });
	const total = await shown.count();
	expect(total).toBeGreaterThan(6);
	await expect(count).toHaveText(`${total} dispositifs affichés sur ${total}.`);
	await options.getByRole('checkbox', { name: 'Financements' }).uncheck();
	await expect(count).not.toHaveText(`${total} dispositifs affichés sur ${total}.`);
	const withoutFunding = await shown.count();
	expect(withoutFunding).toBeLessThan(total);
	await expect(count).toHaveText(new RegExp(`^${withoutFunding} dispositifs? affichés? sur ${total}\\.$`));
	await options.getByRole('checkbox', { name: 'Financements' }).check();
	await expect(shown).toHaveCount(total);

	const roadmap = page.getByRole('region', { name: 'Votre feuille de route', exact: true });
	// this authority has nothing to do « d’ici trois ans »: the roadmap shows only the horizons it has steps in
	await expect(roadmap.getByRole('heading', { level: 3 })).toHaveText(['Dans les trois mois', 'Dans l’année']);

	const peers = page.getByRole('region', { name: 'Votre collectivité parmi celles de l’étude' });
	await expect(peers.getByText(/^Ces repères viennent de l’étude ACTER \(CIRRMA, 2024\)\u00a0: 122 collectivités ont répondu/)).toBeVisible();
	await expect(peers.getByRole('listitem').first()).toContainText('(étude ACTER, section');

	const links = options.getByRole('link', { name: /^(Site|Page|Guide|Code|Appel|Mission|Portail)/ });
	await expect(links).toHaveCount(total);
	await expect(options.getByRole('link', { name: /^Guide pratique du cofinancement du ministère/ }).first()).toBeVisible();
	for (const link of await links.all()) {
		await expect(link).toHaveAttribute('href', /^https?:\/\/\S+$/);
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
	}
	await expectNoAxeViolations(page, 'the results page of a HUMANIS-type');
});

test('downloads the PDF roadmap, then the answers as a file the app reads back', async ({ page }, testInfo) => {
	const { fileName, text } = await downloadReport(page, testInfo);
	expect(fileName).toMatch(/^autodiagnostic-aect-commune-profil-type-humanis-/);
	expect(text).toContain(authority);
	expect(text).toContain('Votre place dans la typologie ACTER');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Enregistrer aussi les réponses (JSON)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.json$/);
	const read = readDiagnosticFile(await readFile(await download.path(), 'utf8'));
	expect(read.ok && read.diagnostics.map((d) => [d.id, d.answers['authority_name']])).toEqual([[diagnostic.id, authority]]);
	await expect(page.getByRole('status').filter({ hasText: 'Le diagnostic a été exporté.' })).toBeVisible();
	await expectNoAxeViolations(page, 'the results page after both downloads');
});
