// The results page, on diagnostics seeded in IndexedDB: the placement's details one click away.
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { example, seed } from './support/seed';

test('a CLIMAPART-type sees its placement, why, and what its officials could choose', async ({ page }) => {
	const diagnostic = example('climapart');
	await seed(page, diagnostic);
	await page.goto(`./recapitulatif?d=${diagnostic.id}`);
	await page.getByRole('link', { name: 'Voir vos résultats' }).click();

	await expect(page).toHaveTitle('Résultats – Ville profil-type CLIMAPART – ACTER autodiagnostic');
	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeFocused();

	const model = page.getByRole('region', { name: 'Votre modèle en détail, avec le graphique' });
	await expect(model.getByRole('img')).toBeHidden();
	await model.getByRole('button', { name: 'Votre modèle en détail, avec le graphique' }).click();
	await expect(model.getByRole('img', { name: 'Part de chaque modèle ACTER dans votre profil' })).toBeVisible();
	await expect(model.getByRole('heading', { level: 3, name: /Votre modèle principal.*CLIMAPART/ })).toBeVisible();
	const table = model.getByRole('table', { name: 'Parts des cinq modèles, en pourcentage' });
	await expect(table.getByRole('row', { name: /CLIMAPART/ })).toContainText('modèle principal');

	const why = page.getByRole('region', { name: 'Pourquoi ce classement, réponse par réponse' });
	await why.getByRole('button').click();
	// the main model's answers are open; the others one more click away
	// « RI » carries its definition's button, read between the words
	await expect(why.getByRole('listitem').filter({ hasText: /Un service RI.*dédié marque le passage/ }).first()).toBeVisible();
	await why.getByText(/^ASTRE – \d+\u00a0% – attractivité/).click();
	await expect(why.getByText('Ce qui vous en éloigne').nth(1)).toBeVisible();

	const whatIf = page.getByRole('region', { name: 'Et si… vos élus choisissaient d’aller vers ASTRE' });
	await whatIf.getByRole('button').click();
	await expect(whatIf.getByText(/^Si vos élus choisissent d’aller vers ASTRE \(attractivité/)).toBeVisible();
	await expectNoAxeViolations(page, 'the results of a CLIMAPART-type, its details open');

	await whatIf.getByRole('checkbox', { name: 'Créer un service Europe distinct' }).check();
	await expect(page.getByText(/Avec ce levier, ASTRE passerait de \d+\u00a0%\s+à \d+\u00a0%/)).toBeVisible();
	const shifts = page.getByRole('table', { name: 'Parts des modèles avant et après les leviers cochés' });
	await expect(shifts.getByRole('row', { name: /ASTRE/ }).getByRole('cell').last()).toHaveText(/^\+\d+$/);
	await expectNoAxeViolations(page, 'the results after a lever is tried');
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
	await expect(page.getByText(/^Votre collectivité ne mène pas encore d’action à l’international/)).toBeVisible();
	const path = page.getByRole('region', { name: 'Votre parcours pour commencer, pas à pas' });
	await path.getByRole('button').click();
	await expect(path.getByText('83\u00a0%', { exact: true })).toBeVisible();
	await expect(page.getByRole('img')).toHaveCount(0);
	await expectNoAxeViolations(page, 'the starting path');
});
