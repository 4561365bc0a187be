import { questionnaire } from '../../src/lib/content/questionnaire';
import { expect, test } from './support/test';
import { importIntoPortfolio } from './support/portfolio';
import { createDiagnostic } from '../../src/lib/model/diagnostic';
import { writeDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import { engagedAnswers, startingAnswers } from '../fixtures/answers';
import { expectNoAxeViolations } from './support/axe';

const file = writeDiagnosticFile([
	{ ...createDiagnostic(questionnaire.version, 'profile', new Date('2025-03-01T09:00:00Z'), 'commune-2025'), answers: engagedAnswers },
	{ ...createDiagnostic(questionnaire.version, 'profile', new Date('2025-03-02T09:00:00Z'), 'village-2025'), answers: startingAnswers }
]);

test('aggregate view of a selection, and a new edition a year later showing what moved', async ({ page }) => {
	await importIntoPortfolio(page, file, 2);

	await page.getByRole('checkbox', { name: 'Tout sélectionner' }).check();
	await page.getByRole('button', { name: 'Vue d’ensemble' }).click();
	const needs = page.getByRole('table', { name: /Besoins exprimés/ });
	await expect(needs.getByRole('caption')).toContainText('sur 2 collectivités ayant répondu');
	await expect(needs.getByRole('row', { name: /dispositifs de financement/ })).toContainText('100\u00a0%');
	await expect(page.getByRole('table', { name: /Financements extérieurs/ }).getByRole('caption')).toContainText('sur 1 collectivité');
	await expectNoAxeViolations(page, 'aggregate view');

	await page.goBack();
	await page.getByRole('button', { name: 'Nouvelle édition de Saint-Exemple-sur-Loire' }).click();
	const edition = page.getByRole('row').filter({ hasText: 'Nouvelle édition de « Saint-Exemple-sur-Loire »' });
	await expect(edition).toContainText('Terminé'); // the answers were copied
	await edition.getByRole('link', { name: /Mode réunion/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 1 sur/);
	await page.goto(`${page.url()}&q=budget_band`);
	await expect(page.getByRole('group', { name: /Quel budget annuel/ })).toBeVisible();
	await page.keyboard.press('2');
	await expect(page.getByRole('radio', { name: 'De 10 000 à 50 000 €' })).toBeChecked();
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();

	await page.goto('./reunion');
	await page.getByRole('row').filter({ hasText: 'Nouvelle édition de' }).getByRole('link', { name: /Évolution/ }).click();
	const changed = page.getByRole('row', { name: /Quel budget annuel/ });
	await expect(changed.getByRole('cell')).toHaveText(['Moins de 10 000 €', 'De 10 000 à 50 000 €']);
	await expectNoAxeViolations(page, 'edition changes');
});
