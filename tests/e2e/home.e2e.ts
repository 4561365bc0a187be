import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';

test('the home page says what the tool is for and cites the ACTER study', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Faites le point sur l’action extérieure de votre collectivité'
	);
	await expect(page.getByText(/CIRRMA\),\s+novembre\s+2024/)).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the home page is on screen before any script is asked for, then it becomes interactive', async ({ page }) => {
	await page.goto('./'); // returns once the app has taken the page over
	const { paint, scripts } = await page.evaluate(() => ({
		paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
		scripts: performance
			.getEntriesByType('resource')
			.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
			.map((entry) => entry.startTime)
	}));
	expect(paint).toBeDefined();
	expect(scripts.length).toBeGreaterThan(5);
	expect(Math.min(...scripts)).toBeGreaterThanOrEqual(paint!);
	await page.getByRole('link', { name: 'Commencer un nouveau diagnostic' }).click();
	await expect(page.getByRole('textbox', { name: 'Nom de la collectivité' })).toBeVisible();
});

test('several diagnostics can be started, resumed, duplicated, renamed and deleted', async ({ page }) => {
	await page.goto('./');
	for (const name of ['Quimper', 'Morlaix']) {
		await page.goto('./');
		await page.getByRole('link', { name: 'Commencer un nouveau diagnostic' }).click();
		await page.getByRole('textbox', { name: 'Nom de la collectivité' }).fill(name);
		await page.getByRole('radio', { name: 'Communauté d’agglomération' }).check();
		await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	}
	await page.goto('./');
	const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
	await expect(cards).toHaveCount(2);
	await expect(cards.first()).toContainText('Morlaix'); // last changed first
	await expect(cards.first()).toContainText('Communauté d’agglomération');
	await expect(cards.first()).toContainText(/Avancement\s*En cours, \d+\u00a0%/);
	await expectNoAxeViolations(page, 'home with diagnostics');

	await page.getByRole('button', { name: 'Dupliquer Quimper' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'a été créé' })).toHaveText(
		'«\u00a0Quimper (copie)\u00a0» a été créé.'
	);
	await expect(cards).toHaveCount(3);

	await page.getByRole('button', { name: 'Renommer Quimper (copie)' }).click();
	const renameField = page.getByRole('textbox', { name: 'Nouveau nom du diagnostic' });
	await expect(renameField).toBeFocused();
	await renameField.fill('Quimper 2027');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 3, name: 'Quimper 2027' })).toBeVisible();

	await page.getByRole('button', { name: 'Supprimer Morlaix' }).click();
	const dialog = page.getByRole('dialog', { name: 'Supprimer ce diagnostic\u00a0?' });
	await expect(dialog).toBeVisible();
	await expectNoAxeViolations(page, 'delete confirmation');
	await dialog.getByRole('button', { name: 'Annuler' }).click();
	await expect(cards).toHaveCount(3);
	await page.getByRole('button', { name: 'Supprimer Morlaix' }).click();
	await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
	await expect(cards).toHaveCount(2);
	await expect(page.getByRole('heading', { level: 3, name: 'Morlaix' })).toHaveCount(0);

	await page.getByRole('link', { name: 'Reprendre Quimper 2027' }).click();
	await expect(page.getByRole('textbox', { name: 'Nom de la collectivité' })).toHaveValue('Quimper');
});
