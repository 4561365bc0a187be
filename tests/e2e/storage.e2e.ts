import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';
import { Journey } from './pages/journey';

test('without IndexedDB the diagnostic still works in memory, and the app says so', async ({ page }) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('Le stockage est désactivé.', 'SecurityError');
		};
	});
	await page.goto('./');
	await expect(page.getByText('Vos réponses ne peuvent pas être enregistrées sur cet appareil')).toBeVisible();
	const journey = new Journey(page);
	await journey.start();
	await expect(page.getByText('elles ne sont gardées que tant que cette page reste ouverte')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Exporter ce diagnostic' })).toBeVisible();
	await journey.answerProfile('Ouessant');
	await journey.finishShortPath();
	await expectNoAxeViolations(page, 'the results after the short path');
});

test('a corrupted record is reported apart; the others still open', async ({ page }) => {
	await page.goto('./');
	const journey = new Journey(page);
	await journey.start();
	await journey.answerProfile('Brest');
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('acter-autodiagnostic');
				request.onsuccess = () => {
					const tx = request.result.transaction('diagnostics', 'readwrite');
					tx.objectStore('diagnostics').put({ id: 'abime', answers: 'illisible' });
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	await page.goto('./');
	await expect(page.getByRole('heading', { name: 'Un diagnostic enregistré est endommagé' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Brest' })).toBeVisible();
	await expectNoAxeViolations(page, 'the home page with a damaged record');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter tel quel le diagnostic abime' }).click();
	expect((await download).suggestedFilename()).toBe('autodiagnostic-aect-endommage-abime.json');
	await page.getByRole('button', { name: 'Supprimer le diagnostic endommagé abime' }).click();
	await expect(page.getByRole('heading', { name: 'Un diagnostic enregistré est endommagé' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 3, name: 'Brest' })).toBeVisible();
});

test('the same diagnostic in two tabs: warned early, then asked which version to keep', async ({ page, context }) => {
	await page.goto('./');
	const journey = new Journey(page);
	await journey.start();
	const other = await context.newPage();
	await other.goto(page.url());
	await expect(other.getByRole('heading', { level: 1 })).toContainText('Votre collectivité');

	await journey.choose('Type de collectivité', 'Métropole');
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	await expect(other.getByText('Ce diagnostic est aussi ouvert dans un autre onglet')).toBeVisible();

	await new Journey(other).choose('Type de collectivité', 'Commune ou ville');
	const conflict = other.getByRole('alert').filter({ hasText: 'Ce diagnostic a été modifié dans un autre onglet' });
	await expect(conflict).toBeVisible();
	await expectNoAxeViolations(other, 'the other tab, in conflict');
	await conflict.getByRole('button', { name: 'Garder mes réponses de cet onglet' }).click();
	await expect(other.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();

	await page.reload();
	await expect(
		page.getByRole('group', { name: 'Type de collectivité' }).getByLabel('Commune ou ville')
	).toBeChecked();
});

test('the privacy page explains, and deletes everything after confirmation', async ({ page }) => {
	await page.goto('./');
	await new Journey(page).start();
	await page.getByRole('link', { name: 'Confidentialité et suppression de vos données' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confidentialité de vos données');
	await expectNoAxeViolations(page, 'the privacy page');
	await page.getByRole('button', { name: 'Supprimer toutes mes données' }).click();
	const dialog = page.getByRole('dialog', { name: 'Supprimer toutes vos données\u00a0?' });
	await expect(dialog).toBeVisible();
	await expectNoAxeViolations(page, 'the delete-all dialog');
	await dialog.getByRole('button', { name: 'Tout supprimer définitivement' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Toutes vos données ont été supprimées' })).toBeVisible();
	await page.getByRole('link', { name: 'accueil' }).click();
	await expect(page.getByText('Aucun diagnostic pour l’instant.')).toBeVisible();
});

test('the home page has no accessibility violation, with reminders and an import refused', async ({ page }) => {
	await page.goto('./');
	await new Journey(page).start();
	await new Journey(page).answerProfile('Landerneau');
	await page.getByRole('link', { name: 'ACTER autodiagnostic' }).click();
	await page
		.getByLabel('Importer des diagnostics depuis un fichier exporté (.json)')
		.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
	await expect(page.getByRole('alert').filter({ hasText: 'n’a pas été importé' })).toBeVisible();
	await expectNoAxeViolations(page, 'the home page after a refused import');
});
