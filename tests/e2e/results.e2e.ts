// The results page, on diagnostics seeded in IndexedDB (import is not built yet).
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { example, seed } from './support/seed';

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations).toEqual([]);
}

test('a CLIMAPART-type sees its placement, why, and where it could go', async ({ page }) => {
	const diagnostic = example('climapart');
	await seed(page, diagnostic);
	await page.goto(`./recapitulatif?d=${diagnostic.id}`);
	await page.getByRole('link', { name: 'Voir vos résultats' }).click();

	await expect(page).toHaveTitle('Résultats – Ville profil-type CLIMAPART – ACTER autodiagnostic');
	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeFocused();
	await expect(page.getByRole('img', { name: 'Part de chaque modèle ACTER dans votre profil' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /Votre modèle principal.*CLIMAPART/ })).toBeVisible();
	const table = page.getByRole('table', { name: 'Parts des cinq modèles, en pourcentage' });
	await expect(table.getByRole('row', { name: /CLIMAPART/ })).toContainText('modèle principal');

	await page.getByText(/^CLIMAPART – \d+\u00a0% – climat et enjeux partagés$/).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Un service RI dédié marque le passage' })).toBeVisible();

	await expect(page.getByRole('heading', { level: 2, name: 'Vers ASTRE' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('checkbox', { name: 'Créer un service Europe distinct' }).check();
	await expect(page.getByText(/Avec ce levier, ASTRE passerait de \d+\u00a0%\s+à \d+\u00a0%/)).toBeVisible();
	const shifts = page.getByRole('table', { name: 'Parts des modèles avant et après les leviers cochés' });
	await expect(shifts.getByRole('row', { name: /ASTRE/ }).getByRole('cell').last()).toHaveText(/^\+\d+$/);
	await expectNoAxeViolations(page);
});

test('an authority with no international action gets the starting path', async ({ page }) => {
	const base = example('humanis');
	const answers = Object.fromEntries(
		['authority_type', 'authority_name', 'region', 'department', 'population_band', 'respondent_role', 'service_competences'].map((id) => [
			id,
			base.answers[id]
		])
	);
	const diagnostic = {
		...base,
		id: 'exemple-sans-action',
		answers: {
			...answers,
			authority_name: 'Commune sans action extérieure',
			has_international_action: 'no',
			starting_actions: ['youth_mobility'],
			obstacles: ['financial_means'],
			needs: ['funding_information']
		}
	};
	await seed(page, diagnostic);
	await page.goto(`./resultats?d=${diagnostic.id}`);

	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeFocused();
	await expect(page.getByRole('heading', { level: 2, name: 'Votre parcours pour commencer' })).toBeVisible();
	await expect(page.getByText('83\u00a0%', { exact: true })).toBeVisible();
	await expect(page.getByRole('img')).toHaveCount(0);
	await expectNoAxeViolations(page);
});
