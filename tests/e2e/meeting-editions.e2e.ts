import { type Download } from '@playwright/test';
import { expect, test } from './support/test';
import { importIntoPortfolio } from './pages/portfolio';
import { questionnaire } from '../../src/lib/content/questionnaire';
import { questionSequence } from '../../src/lib/engine/meeting/sequence';
import { createDiagnostic } from '../../src/lib/model/diagnostic';
import { writeDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import { engagedAnswers, startingAnswers } from '../fixtures/answers';
import { expectNoAxeViolations } from './support/axe';

const file = writeDiagnosticFile([
	{
		...createDiagnostic(questionnaire.version, 'profile', new Date('2025-03-01T09:00:00Z'), 'commune-2025'),
		answers: engagedAnswers
	},
	{
		...createDiagnostic(questionnaire.version, 'profile', new Date('2025-03-02T09:00:00Z'), 'village-2025'),
		answers: startingAnswers
	}
]);
const thisYear = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date());

test('aggregate view of a selection, and a new edition a year later: « En cours » until finished, its own file names, what moved', async ({
	page
}) => {
	test.setTimeout(120_000);
	await importIntoPortfolio(page, file, 2);

	await page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
	await page.getByRole('button', { name: 'Vue d’ensemble' }).click();
	const needs = page.getByRole('table', { name: /Besoins exprimés/ });
	await expect(needs.getByRole('caption')).toContainText('sur 2 collectivités ayant répondu');
	await expect(needs.getByRole('row', { name: /dispositifs de financement/ })).toContainText('100\u00a0%');
	await expect(page.getByRole('table', { name: /Financements extérieurs/ }).getByRole('caption')).toContainText(
		'sur 1 collectivité'
	);
	await expectNoAxeViolations(page, 'aggregate view');

	await page.getByRole('link', { name: 'Revenir aux diagnostics' }).click();
	await page.getByRole('button', { name: 'Vider la sélection' }).click();
	await page.getByRole('button', { name: 'Nouvelle édition de Saint-Exemple-sur-Loire' }).click();
	const edition = page
		.getByRole('row')
		.filter({ hasText: 'Nouvelle édition de «\u00a0Saint-Exemple-sur-Loire\u00a0»' });
	// every answer carried over, but nothing gone through again yet
	await expect(edition.getByRole('cell').filter({ hasText: /Avancement/ })).toHaveText('En cours', {
		useInnerText: true
	});
	await page.goto('./');
	await expect(page.locator('.diagnostic-card').first()).toContainText('En cours');
	await expect(
		page
			.locator('.diagnostic-card')
			.first()
			.getByRole('link', { name: /^Reprendre/ })
	).toBeVisible();

	// the adviser goes through it in front of the room, changes the budget, and reaches the results
	await page.goto('./reunion');
	await edition.getByRole('link', { name: /Mode réunion/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 1 sur/);
	const presenter = page.url();
	await page.goto(`${presenter}&q=budget_band`);
	await expect(page.getByRole('group', { name: /Quel budget annuel/ })).toBeVisible();
	await page.keyboard.press('2');
	await expect(page.getByRole('radio', { name: 'De 10 000 à 50 000 €' })).toBeChecked();
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	await page.goto(`${presenter}&q=${questionSequence(questionnaire, engagedAnswers).at(-1)!.question.id}`);
	// the keys act once the question is on screen (the diagnostic is read first)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question \d+ sur/);
	await page.keyboard.press('n');
	await expect(page.getByRole('heading', { level: 1, name: 'Résultats du diagnostic' })).toBeVisible();
	await page.getByRole('link', { name: 'Revenir aux diagnostics' }).click();
	await expect(edition.getByRole('cell').filter({ hasText: /Avancement/ })).toHaveText('Terminé', {
		useInnerText: true
	});

	// the original and its edition, their roadmaps made the same day: two names, each with its year
	await page.getByRole('checkbox', { name: 'Sélectionner Saint-Exemple-sur-Loire' }).first().check();
	await page.getByRole('checkbox', { name: 'Sélectionner Saint-Exemple-sur-Loire' }).last().check();
	await expect(page.getByRole('heading', { name: 'Sélection\u00a0: 2 diagnostics' })).toBeVisible();
	const downloads: Download[] = [];
	page.on('download', (download) => downloads.push(download));
	await page.getByRole('button', { name: 'Feuilles de route PDF' }).click();
	await expect.poll(() => downloads.length).toBe(2);
	const names = downloads.map((d) => d.suggestedFilename()).sort();
	expect(names).toEqual([
		expect.stringMatching(/^autodiagnostic-aect-saint-exemple-sur-loire-edition-2025-\d{4}-\d{2}-\d{2}\.pdf$/),
		expect.stringMatching(
			new RegExp(`^autodiagnostic-aect-saint-exemple-sur-loire-edition-${thisYear}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`)
		)
	]);

	await edition.getByRole('link', { name: /Évolution/ }).click();
	const changed = page.getByRole('row', { name: /Quel budget annuel/ });
	await expect(changed.getByRole('cell')).toHaveText(['Moins de 10 000 €', 'De 10 000 à 50 000 €'], {
		useInnerText: true
	});
	await expectNoAxeViolations(page, 'edition changes');
});
