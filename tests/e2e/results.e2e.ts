// The results page, on diagnostics seeded in IndexedDB: the placement's details one click away.
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { seed } from './support/seed';
import { exampleDiagnostic } from '../fixtures/answers';

test('a CLIMAPART-type sees its placement and why, in the study’s words', async ({ page }) => {
	const diagnostic = exampleDiagnostic('climapart');
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
	// the study's terms carry their definition's button, read between the words
	await expect(
		model.getByText(/^Ce que vous faites et pourquoi vous le faites ressemble d’abord au modèle CLIMAPART/)
	).toContainText(/\(\d+\s%\sde l’orientation/);
	const table = model.getByRole('table', { name: 'Parts des cinq modèles, en pourcentage' });
	await expect(table.getByRole('row', { name: /CLIMAPART/ })).toContainText('modèle principal');

	const why = page.getByRole('region', { name: 'Pourquoi ce classement, réponse par réponse' });
	await why.getByRole('button', { name: 'Pourquoi ce classement, réponse par réponse' }).click();
	// the main model's answers are open; the others one more click away
	await expect(
		why
			.getByRole('listitem')
			.filter({ hasText: /Un service des relations internationales est l’organisation des CLIMAPART/ })
			.first()
	).toBeVisible();
	const astre = why.getByRole('group').filter({ hasText: /^ASTRE – \d+\u00a0% – attractivité/ });
	await expect(astre.getByText('Ce qui vous en éloigne')).toBeHidden();
	await astre.getByText(/^ASTRE – \d+\u00a0% – attractivité/).click();
	await expect(astre.getByText('Ce qui vous en éloigne')).toBeVisible();

	const paths = page.getByRole('region', { name: /^Consolider, et les choix possibles pour vos élus/ });
	await paths.getByRole('button', { name: /^Consolider/ }).click();
	await expect(paths.getByRole('heading', { level: 3, name: 'Consolider ce que vous faites' })).toBeVisible();
	await expectNoAxeViolations(page, 'the results of a CLIMAPART-type, its details open');
});

test('a HUMANIS-type sees the model its orientation leans to as its elected officials’ choice, and tries it', async ({
	page
}) => {
	const diagnostic = exampleDiagnostic('humanis');
	await seed(page, diagnostic);
	await page.goto(`./resultats?d=${diagnostic.id}#et-si`);
	const paths = page.getByRole('region', { name: /^Consolider, et les choix possibles pour vos élus/ });
	await expect(paths.getByRole('heading', { level: 3, name: 'Les choix possibles pour vos élus' })).toBeVisible();
	await expect(paths.getByText(/^Si vos élus choisissent d’aller vers le modèle CLIMAPART/)).toBeVisible();
	await expect(paths.getByText(/ce n’est pas une étape obligée/)).toBeVisible();

	await paths
		.getByRole('checkbox', { name: 'Coopérer techniquement sur un service essentiel (eau, déchets, énergie)' })
		.check();
	await expect(paths.getByText(/Avec cette piste, votre modèle principal serait/)).toBeVisible();
	const shifts = paths.getByRole('table', { name: 'Parts de l’orientation avant et après les pistes cochées' });
	await expect(
		shifts
			.getByRole('row', { name: /CLIMAPART/ })
			.getByRole('cell')
			.last()
	).toHaveText(/^\+\d+$/);
	await expectNoAxeViolations(page, 'the results after a path is tried');
});

test('an authority with no international action gets the starting path', async ({ page }) => {
	const base = exampleDiagnostic('humanis');
	const answers = Object.fromEntries(
		[
			'authority_type',
			'authority_name',
			'region',
			'department',
			'population_band',
			'respondent_role',
			'service_competences'
		].map((id) => [id, base.answers[id]])
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
	await path.getByRole('button', { name: 'Votre parcours pour commencer, pas à pas' }).click();
	await expect(path.getByText('83\u00a0%', { exact: true })).toBeVisible();
	await expect(page.getByRole('img')).toHaveCount(0);
	await expectNoAxeViolations(page, 'the starting path');
});
