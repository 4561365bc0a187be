import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { importIntoPortfolio } from './pages/portfolio';
import { questionnaire } from '../../src/lib/content/questionnaire';
import { createDiagnostic } from '../../src/lib/model/diagnostic';
import { writeDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import { engagedAnswers, startingAnswers } from '../fixtures/answers';
import { PresenterPage } from './pages/presenter-page';
import { expectNoAxeViolations } from './support/axe';

test.use({ viewport: { width: 1280, height: 720 } });

const file = writeDiagnosticFile([
	{
		...createDiagnostic(questionnaire.version, 'profile', new Date('2026-03-01T09:00:00Z'), 'commune'),
		answers: engagedAnswers
	},
	{
		...createDiagnostic(questionnaire.version, 'profile', new Date('2026-03-02T09:00:00Z'), 'village'),
		answers: startingAnswers
	}
]);

async function expectNoScrolling(page: Page) {
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(height, 'no vertical scrolling at 1280×720').toBeLessThanOrEqual(720);
}

test('the presenter ends on a results screen that fits the projector, with the way back by keyboard', async ({
	page
}, testInfo) => {
	await importIntoPortfolio(page, file, 2);
	const last = await new PresenterPage(page).finish('Saint-Exemple-sur-Loire', engagedAnswers);
	await expect(page).toHaveTitle(/^Résultats – Saint-Exemple-sur-Loire – Mode réunion/);
	await expect(page.getByRole('img', { name: 'Part de chaque modèle ACTER' })).toBeVisible();
	await expect(
		page.getByText(/ressemble d’abord au modèle HUMANIS\u00a0: «\u00a0humanitaire et social\u00a0»/)
	).toBeVisible();
	const options = page.getByRole('region', { name: 'Les dispositifs à solliciter d’abord' }).getByRole('listitem');
	await expect(options).toHaveCount(3);
	await expect(options.first()).toContainText('Pays de la Loire Coopération Internationale');
	await expect(options.first()).toContainText('votre premier interlocuteur');
	await expectNoScrolling(page);
	await expectNoAxeViolations(page, 'presenter results, engaged');
	await page.screenshot({ path: testInfo.outputPath('presenter-results-engaged.png') });

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
	await expect(help).toContainText('Revenir à la dernière question');
	await page.keyboard.press('p'); // nothing moves behind the overlay
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await expect(page.getByRole('heading', { level: 1, name: 'Résultats du diagnostic' })).toBeVisible();

	await page.keyboard.press('p');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Question ${last.index} sur`));
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1, name: 'Résultats du diagnostic' })).toBeFocused();
	await page.getByRole('link', { name: 'Tous les résultats' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeVisible();
	await page.goBack();
	await page.getByRole('link', { name: 'Revenir aux diagnostics' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Mode réunion/ })).toBeVisible();
});

test('an authority with no international action sees its first steps and options on one screen', async ({
	page
}, testInfo) => {
	await importIntoPortfolio(page, file, 2);
	await new PresenterPage(page).finish('Petit-Village', startingAnswers);
	await expect(page.getByText(/^Pas encore d’action extérieure/)).toBeVisible();
	await expect(page.getByRole('img')).toHaveCount(0);
	const steps = page.getByRole('region', { name: 'Vos premières étapes' }).getByRole('listitem');
	await expect(steps).toHaveCount(3);
	await expect(steps.first()).toHaveText('Prendre rendez-vous avec le Réseau Bretagne Solidaire');
	await expect(
		page.getByRole('region', { name: 'Les dispositifs à solliciter d’abord' }).getByRole('listitem')
	).toHaveCount(3);
	await expectNoScrolling(page);
	await expectNoAxeViolations(page, 'presenter results, starting');
	await page.screenshot({ path: testInfo.outputPath('presenter-results-starting.png') });
});
