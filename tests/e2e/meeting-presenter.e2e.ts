import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';

test.use({ viewport: { width: 1280, height: 720 } });

test('the presenter view: shortcuts never fire while typing, help overlay, no axe violation, fits a 1280×720 screen', async ({ page }, testInfo) => {
	await page.goto('./reunion');
	await page.getByRole('button', { name: 'Nouveau diagnostic en mode réunion' }).click();
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(/^Question 1 sur/);
	await expectNoAxeViolations(page, 'presenter, first question');
	await page.screenshot({ path: testInfo.outputPath('presenter-single.png') });

	await page.keyboard.press('3');
	await expect(page.getByRole('radio', { name: 'Communauté d’agglomération' })).toBeChecked();
	await page.keyboard.press('ArrowRight');
	await expect(heading).toHaveText(/^Question 2 sur/);

	// typing N, P, digits and arrows in a text field types them
	const name = page.getByRole('textbox', { name: 'Nom de la collectivité' });
	await page.keyboard.press('Tab');
	await expect(name).toBeFocused();
	await page.keyboard.type('Nantes Pôle 1 ?');
	await page.keyboard.press('ArrowLeft');
	await expect(name).toHaveValue('Nantes Pôle 1 ?');
	await expect(heading).toHaveText(/^Question 2 sur/);
	await expect(page.getByRole('dialog')).toBeHidden();

	// arrows inside a radio group keep their native meaning
	await page.keyboard.press('Enter');
	await expect(heading).toHaveText(/^Question 3 sur/);
	await page.keyboard.press('p');
	await expect(heading).toHaveText(/^Question 2 sur/);
	await page.keyboard.press('p');
	await expect(heading).toHaveText(/^Question 1 sur/);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('radio', { name: 'Communauté d’agglomération' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Communauté urbaine' })).toBeChecked();
	await expect(heading).toHaveText(/^Question 1 sur/);

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
	await expect(help).toBeVisible();
	await expect(help).toContainText('Question suivante');
	await expectNoAxeViolations(page, 'presenter, shortcuts help');
	await page.screenshot({ path: testInfo.outputPath('presenter-help.png') });
	await page.keyboard.press('n'); // no navigation behind the overlay
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await expect(heading).toHaveText(/^Question 1 sur/);

	// a long multiple choice, and an error, still fit the projector's screen
	const at = (questionId: string) => page.url().replace(/[?&]q=[^&]*/, '') + `&q=${questionId}`;
	await page.goto(at('has_international_action'));
	await expect(page.getByRole('group', { name: /mène-t-elle une action extérieure/ })).toBeVisible();
	await page.keyboard.press('1');
	await expect(page.getByRole('radio', { name: 'Oui' })).toBeChecked();
	await page.goto(at('intervention_modes'));
	await expect(page.getByRole('group', { name: /Concrètement/ })).toBeVisible();
	await page.keyboard.press('n');
	await expect(page.getByText('Cochez au moins une réponse.')).toBeVisible();
	await page.keyboard.press('2');
	await page.keyboard.press('5');
	await expectNoAxeViolations(page, 'presenter, multiple choice with an error');
	await page.screenshot({ path: testInfo.outputPath('presenter-multiple.png') });
	const fits = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
	expect(fits, 'no scrolling at 1280×720').toBe(true);
});
