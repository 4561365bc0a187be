import { type Page } from '@playwright/test';
import { meetingAnswers } from '../fixtures/answers';
import { PresenterPage } from './pages/presenter-page';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { storedDiagnostics } from './support/seed';

test.use({ viewport: { width: 1280, height: 720 } });

/** The presenter's address for another question of the same diagnostic. */
const at = (page: Page, questionId: string) => page.url().replace(/[?&]q=[^&]*/, '') + `&q=${questionId}`;

test('the presenter view: a name is typed whole, shortcut letters and digits included; help overlay; fits a 1280×720 screen', async ({
	page
}, testInfo) => {
	await new PresenterPage(page).startNew();
	const heading = page.getByRole('heading', { level: 1 });
	await expectNoAxeViolations(page, 'presenter, first question');
	await page.screenshot({ path: testInfo.outputPath('presenter-single.png') });

	await page.keyboard.press('3');
	await expect(page.getByRole('radio', { name: 'Communauté d’agglomération' })).toBeChecked();
	await page.keyboard.press('ArrowRight');
	await expect(heading).toHaveText(/^Question 2 sur/);

	// the field has the focus on arrival: N, P, digits and ? are typed, never obeyed
	const name = page.getByRole('textbox', { name: 'Nom de la collectivité' });
	await expect(name).toBeFocused();
	await page.keyboard.type('Agglo du Pays Vert N°12 ? P3');
	await expect(name).toHaveValue('Agglo du Pays Vert N°12 ? P3');
	// the focus elsewhere (a click on the title), a letter still goes to the field
	await heading.click();
	await page.keyboard.type(' np?');
	await expect(name).toHaveValue('Agglo du Pays Vert N°12 ? P3 np?');
	await page.keyboard.press('ArrowLeft');
	await expect(heading).toHaveText(/^Question 2 sur/);
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(page).toHaveTitle(/Agglo du Pays Vert N°12 \? P3 np\?/);

	// a number too: its field has the focus, and its digits are typed
	const back = page.url();
	await page.goto(at(page, 'ri_service'));
	// the keys act once the question is on screen (the diagnostic is read first)
	await expect(page.getByRole('group', { name: /service.*relations internationales/i })).toBeVisible();
	await page.keyboard.press('1');
	await page.keyboard.press('n');
	const staff = page.getByRole('textbox', { name: /équivalents temps plein/ });
	await expect(staff).toBeFocused();
	await page.keyboard.type('12,5');
	await expect(staff).toHaveValue('12,5');
	await page.goto(back);

	// Enter goes on; P goes back where no field takes the key; arrows in a radio group keep their meaning
	await expect(name).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(heading).toHaveText(/^Question 3 sur/);
	await page.keyboard.press('p');
	await expect(heading).toHaveText(/^Question 2 sur/);
	await expect(name).toHaveValue('Agglo du Pays Vert N°12 ? P3 np?');
	// from the field, Tab reaches « Précédent », and Space presses it
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: /Précédent/ })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(heading).toHaveText(/^Question 1 sur/);
	await expect(page).toHaveTitle(/Agglo du Pays Vert N°12 \? P3 np\?/);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('radio', { name: 'Communauté d’agglomération' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Communauté urbaine' })).toBeChecked();
	await expect(heading).toHaveText(/^Question 1 sur/);

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
	await expect(help).toBeVisible();
	await expect(help).toContainText('Question suivante');
	await expect(help).toContainText('tout ce qui est tapé va dans le champ');
	await expectNoAxeViolations(page, 'presenter, shortcuts help');
	await page.screenshot({ path: testInfo.outputPath('presenter-help.png') });
	await page.keyboard.press('n'); // no navigation behind the overlay
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await expect(heading).toHaveText(/^Question 1 sur/);

	// a long multiple choice, and an error, still fit the projector's screen
	await page.goto(at(page, 'has_international_action'));
	await expect(page.getByRole('group', { name: /mène-t-elle une action extérieure/ })).toBeVisible();
	await page.keyboard.press('1');
	await expect(page.getByRole('radio', { name: 'Oui' })).toBeChecked();
	await page.goto(at(page, 'intervention_modes'));
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

test('answers past the ninth are chosen with two digits in a row, as the help says', async ({ page }, testInfo) => {
	await new PresenterPage(page).startNew();
	await page.goto(at(page, 'has_international_action'));
	await page.keyboard.press('1');
	await page.goto(at(page, 'themes'));
	const themes = page.getByRole('group', { name: /Sur quels thèmes/ });
	await expect(themes).toBeVisible();

	await page.keyboard.type('12');
	await expect(themes.getByRole('checkbox', { name: 'Économie et emploi' })).toBeChecked();
	await page.keyboard.type('19');
	await expect(themes.getByRole('checkbox', { name: 'Mobilité et transports' })).toBeChecked();
	await page.keyboard.type('4'); // no 40th: chosen at once
	await expect(themes.getByRole('checkbox', { name: 'Sport', exact: true })).toBeChecked();
	await page.keyboard.type('1'); // alone, after a pause
	await expect(themes.getByRole('checkbox', { name: 'Culture et patrimoine' })).toBeChecked();
	await expect(themes.getByRole('checkbox', { name: 'Eau et assainissement' })).not.toBeChecked();
	await expect(themes.getByRole('checkbox', { checked: true })).toHaveCount(4);

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
	await expect(help.getByRole('definition').filter({ hasText: 'Au-delà de 9 réponses' })).toContainText('la 12ᵉ');
	await expect(help.getByRole('term').filter({ hasText: '1 puis 2' })).toBeVisible();
	await page.screenshot({ path: testInfo.outputPath('presenter-themes-help.png') });
	await page.keyboard.press('Escape');
	await expectNoAxeViolations(page, 'presenter, nineteen themes');
});

test('« Quitter le mode réunion » lands on the portfolio, where the diagnostic is listed', async ({ page }) => {
	await new PresenterPage(page).startNew();
	await page.keyboard.press('1');
	await page.keyboard.press('n');
	await page.keyboard.type('Villeneuve-Test');
	await page.getByRole('link', { name: 'Quitter le mode réunion' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Mode réunion/ })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'Villeneuve-Test' })).toBeVisible();
	await expect(page).toHaveURL(/\/reunion$/);
});

for (const [who, answers] of Object.entries(meetingAnswers)) {
	test(`the ${who} is answered in the presenter view with the keyboard alone, and its completion is stored`, async ({
		page
	}) => {
		test.setTimeout(120_000); // some forty questions, each answered key by key
		const presenter = new PresenterPage(page);
		await presenter.startNew();
		await presenter.run(answers);
		await expect(page).toHaveTitle(/^Résultats – .+ – Mode réunion/); // the last « Suivant » shows the results on the projector
		await expect(page.getByRole('heading', { level: 1, name: 'Résultats du diagnostic' })).toBeFocused();
		// reaching the results records the completion in the background; the next full page load must not cut it short
		const finished = async () =>
			(await storedDiagnostics(page)).filter((d) => typeof d['completedAt'] === 'string').length;
		await expect.poll(finished, 'the results screen records when the diagnostic was finished').toBe(1);
		await page.goto('./reunion');
		await expect(page.getByRole('row').filter({ hasText: answers['authority_name'] as string })).toContainText(
			'Terminé'
		);
	});
}
