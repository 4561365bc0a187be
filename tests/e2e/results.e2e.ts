// The results page, on diagnostics seeded in IndexedDB (import is not built yet).
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { example, seed } from './support/seed';

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(results.violations).toEqual([]);
}

test('a CLIMAPART-type sees its placement and why, in the study’s words', async ({ page }) => {
	const diagnostic = example('climapart');
	await seed(page, diagnostic);
	await page.goto(`./recapitulatif?d=${diagnostic.id}`);
	await page.getByRole('link', { name: 'Voir vos résultats' }).click();

	await expect(page).toHaveTitle('Résultats – Ville profil-type CLIMAPART – ACTER autodiagnostic');
	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeFocused();
	await expect(page.getByRole('img', { name: 'Part de chaque modèle ACTER dans votre profil' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /Votre modèle principal.*CLIMAPART/ })).toBeVisible();
	await expect(page.getByText(/^Ce que vous faites et pourquoi vous le faites ressemble d’abord au modèle CLIMAPART \(\d+\u00a0% de l’orientation\)/)).toBeVisible();
	const table = page.getByRole('table', { name: 'Parts des cinq modèles, en pourcentage' });
	await expect(table.getByRole('row', { name: /CLIMAPART/ })).toContainText('modèle principal');

	await page.getByText(/^CLIMAPART – \d+\u00a0% – climat et enjeux partagés$/).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Un service des relations internationales est l’organisation des CLIMAPART' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Consolider ce que vous faites' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a HUMANIS-type sees the model its orientation leans to as its elected officials’ choice, and tries it', async ({ page }) => {
	const diagnostic = example('humanis');
	await seed(page, diagnostic);
	await page.goto(`./resultats?d=${diagnostic.id}`);
	await expect(page.getByRole('heading', { level: 2, name: 'Les choix possibles pour vos élus' })).toBeVisible();
	await expect(page.getByText(/^Si vos élus choisissent d’aller vers le modèle CLIMAPART/)).toBeVisible();
	await expect(page.getByText(/ce n’est pas une étape obligée/)).toBeVisible();

	await page.getByRole('checkbox', { name: 'Coopérer techniquement sur un service essentiel (eau, déchets, énergie)' }).check();
	await expect(page.getByText(/Avec cette piste, votre modèle principal serait/)).toBeVisible();
	const shifts = page.getByRole('table', { name: 'Parts de l’orientation avant et après les pistes cochées' });
	await expect(shifts.getByRole('row', { name: /CLIMAPART/ }).getByRole('cell').last()).toHaveText(/^\+\d+$/);
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
