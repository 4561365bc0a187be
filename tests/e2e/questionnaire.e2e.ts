import { expect, test } from './support/test';
import { questionnaire } from '../../src/lib/content/questionnaire';
import { visibleSteps } from '../../src/lib/engine/questionnaire';
import { engagedAnswers, startingAnswers } from '../fixtures/answers';
import { expectNoAxeViolations } from './support/axe';
import { QuestionnairePage } from './pages/questionnaire-page';

async function startNewDiagnostic(page: import('@playwright/test').Page) {
	await page.goto('./');
	await page.getByRole('link', { name: 'Commencer un nouveau diagnostic' }).click();
	await expect(page).toHaveTitle(/^Étape 1 sur 12\u00a0: Votre collectivité/);
}

test('the engaged path can be completed with the keyboard alone, with no axe violation on any step', async ({
	page
}) => {
	test.setTimeout(240_000); // about 40 questions answered key by key, and an axe scan per step
	const form = new QuestionnairePage(page);
	await page.goto('./');
	await expectNoAxeViolations(page, 'home');
	// keyboard only from here: reach the start button with Tab
	await form.tabTo((el) => el.textContent?.trim() === 'Commencer un nouveau diagnostic', 'the start button');
	await page.keyboard.press('Enter');

	const steps = visibleSteps(questionnaire, engagedAnswers);
	for (const [index, step] of steps.entries()) {
		await expect(page).toHaveTitle(new RegExp(`^Étape ${index + 1} sur ${steps.length}\u00a0: ${step.title}`));
		await expect(form.heading()).toContainText(step.title);
		await expect(form.heading()).toBeFocused();
		await expectNoAxeViolations(page, `step ${step.id} before answering`);
		await form.completeStep(step.id, engagedAnswers);
	}
	await expect(page).toHaveTitle(/^Récapitulatif/);
	await expect(page.getByText('Le questionnaire est complet.')).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: 'Saint-Exemple-sur-Loire' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: 'Sénégal' })).toBeVisible();
	await expectNoAxeViolations(page, 'summary');
});

test('the starting path is short and ends on the summary', async ({ page }) => {
	const form = new QuestionnairePage(page);
	await startNewDiagnostic(page);
	const steps = visibleSteps(questionnaire, startingAnswers);
	expect(steps.map((s) => s.id)).toEqual(['profile', 'competences', 'engagement', 'starting', 'obstacles', 'needs']);
	for (const step of steps) {
		await expect(form.heading()).toContainText(step.title);
		await form.completeStep(step.id, startingAnswers);
		if (step.id === 'engagement') await expect(page).toHaveTitle(/^Étape 4 sur 6\u00a0: Pour commencer/);
	}
	await expect(page.getByText('Le questionnaire est complet.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Vos motivations' })).toHaveCount(0);
});

test('errors are listed, linked to their fields and announced', async ({ page }) => {
	await startNewDiagnostic(page);
	await page.getByRole('button', { name: 'Suivant' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'réponses sont à corriger' });
	await expect(summary).toBeFocused();
	await expect(page).toHaveTitle(/^Erreur – Étape 1 sur 12/);
	const nameField = page.getByRole('textbox', { name: 'Nom de la collectivité' });
	await expect(nameField).toHaveAttribute('aria-invalid', 'true');
	await expect(nameField).toHaveAccessibleDescription(/Cette réponse est obligatoire/);
	await summary.getByRole('link', { name: /Nom de la collectivité/ }).click();
	await expect(nameField).toBeFocused();
	await expectNoAxeViolations(page, 'step with errors');
});

test('reloading in the middle keeps every answer and the place', async ({ page }) => {
	const form = new QuestionnairePage(page);
	await startNewDiagnostic(page);
	for (const stepId of ['profile', 'competences', 'engagement']) await form.completeStep(stepId, engagedAnswers);
	await expect(form.heading()).toContainText('Vos motivations');
	await page.getByRole('checkbox', { name: 'Participer à la solidarité internationale' }).check();
	await page.getByRole('checkbox', { name: /Contribuer à l’ouverture au monde/ }).check();
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();

	await page.reload();
	await expect(form.heading()).toContainText('Vos motivations');
	await expect(page.getByRole('checkbox', { name: 'Participer à la solidarité internationale' })).toBeChecked();
	await page.getByRole('button', { name: 'Précédent' }).click();
	await expect(form.heading()).toContainText('Votre action extérieure');
	await expect(page.getByRole('radio', { name: 'Oui' })).toBeChecked();

	// coming back later from the home screen resumes on the last step reached
	await page.goto('./');
	await page.getByRole('link', { name: /^Reprendre/ }).click();
	await expect(form.heading()).toContainText('Votre action extérieure');
	await page.getByRole('button', { name: 'Précédent' }).click();
	await page.getByRole('button', { name: 'Précédent' }).click();
	await expect(page.getByRole('textbox', { name: 'Nom de la collectivité' })).toHaveValue('Saint-Exemple-sur-Loire');
	await expect(page.getByRole('combobox', { name: 'Département' })).toHaveValue('44');
});

test('it is usable on a 360 px wide phone and at 200 % zoom', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await startNewDiagnostic(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	// 200 % zoom of a 1280 px window is a 640 px wide layout
	await page.setViewportSize({ width: 640, height: 400 });
	const zoomed = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(zoomed).toBeLessThanOrEqual(0);
	await expect(page.getByRole('button', { name: 'Suivant' })).toBeVisible();
});
