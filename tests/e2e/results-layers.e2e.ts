// Issue 15's first screen, at a phone's and a laptop's size, for a commune of 1 800 inhabitants, a
// département and an authority starting out: the model in a sentence, three needs, three options
// with their reason, three steps; the rest one click away, reachable by address and by keyboard;
// nothing scrolls sideways, the chart's labels stay readable, axe finds nothing.
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { glossary } from '../../src/lib/content/glossary';
import { questionnaire } from '../../src/lib/content/questionnaire';
import type { Answers } from '../../src/lib/content/types';
import { effectiveAnswers } from '../../src/lib/engine/questionnaire';
import { buildRecommendations } from '../../src/lib/engine/recommendations';
import { placeDiagnostic } from '../../src/lib/engine/typology/placement';
import { resultsDigest } from '../../src/lib/report/digest';
import { departmentAnswers, exampleDiagnostic, smallCommuneAnswers, startingAnswers } from '../fixtures/answers';
import { expectNoAxeViolations } from './support/axe';
import { seed } from './support/seed';
import { expectNoSidewaysScroll } from './support/layout';
import { expect, test } from './support/test';

const cases: { name: string; id: string; answers: Answers }[] = [
	{ name: 'a commune of 1 800 inhabitants', id: 'petite-commune', answers: smallCommuneAnswers },
	{ name: 'a département', id: 'departement', answers: departmentAnswers },
	// three needs, so that the first screen has three to show
	{
		name: 'an authority starting out',
		id: 'depart',
		answers: { ...startingAnswers, needs: ['funding_information', 'technical_support', 'partner_identification'] }
	}
];

function digestOf(answers: Answers) {
	const effective = effectiveAnswers(questionnaire, answers);
	const placement = placeDiagnostic(effective);
	return resultsDigest(placement, buildRecommendations(effective, placement));
}

async function seedCase(page: Page, id: string, answers: Answers) {
	await seed(page, { ...exampleDiagnostic('humanis'), id, answers });
}

/** the first words of a text, up to its first glossary term or 40 characters */
const opening = (text: string) => text.slice(0, 40).replace(/\s+\S*$/, '');

for (const viewport of [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 }
]) {
	test.describe(`at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		for (const { name, id, answers } of cases) {
			test(`${name}: the first screen, then every part one click away, nothing sideways`, async ({ page }) => {
				const digest = digestOf(answers);
				await seedCase(page, id, answers);
				await page.goto(`./resultats?d=${id}`);
				await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeFocused();

				const summary = page.getByRole('region', { name: 'L’essentiel' });
				await expect(summary).toContainText(opening(digest.model.sentence));
				if (digest.model.kind === 'engaged')
					await expect(summary).toContainText(`c’est le modèle ${digest.model.id.toUpperCase()}`);

				const needs = summary.getByRole('region', { name: 'Vos besoins', exact: true }).getByRole('listitem');
				await expect(needs).toHaveCount(3);
				for (const [i, need] of digest.needs.entries())
					await expect(needs.nth(i)).toContainText(opening(need.label));

				const options = summary
					.getByRole('region', { name: 'Les dispositifs à solliciter d’abord' })
					.getByRole('listitem');
				await expect(options).toHaveCount(3);
				for (const [i, { ranked, reason }] of digest.options.entries()) {
					await expect(options.nth(i)).toContainText(opening(ranked.option.name));
					await expect(options.nth(i)).toContainText(opening(reason));
				}

				const steps = summary.getByRole('region', { name: 'Vos premières étapes' }).getByRole('listitem');
				await expect(steps).toHaveCount(3);
				for (const [i, step] of digest.steps.entries())
					await expect(steps.nth(i)).toContainText(opening(step.title));

				if (viewport.width >= 1280) {
					// a laptop shows the whole first layer without scrolling
					await expect(options.last()).toBeInViewport({ ratio: 1 });
					await expect(steps.last()).toBeInViewport({ ratio: 1 });
				}
				await expectNoSidewaysScroll(page, 'the first layer');
				await expectNoAxeViolations(page, `the results of ${name}, first layer`);

				// every part below, closed, opens with its button
				const toggles = page.locator('.results-details').getByRole('button', { expanded: false });
				const count = await toggles.count();
				expect(count).toBeGreaterThanOrEqual(4);
				for (let i = 0; i < count; i += 1) await toggles.first().click();
				await expect(page.locator('.results-details').getByRole('button', { expanded: true })).toHaveCount(
					count
				);
				await expectNoSidewaysScroll(page, 'every part open');
				await expectNoAxeViolations(page, `the results of ${name}, every part open`);

				if (digest.model.kind === 'engaged') {
					// the chart's labels at least 12 px high on screen
					const sizes = await page
						.getByRole('img', { name: 'Part de chaque modèle ACTER dans votre profil' })
						.evaluate((svg: SVGSVGElement) =>
							[...svg.querySelectorAll('text')].map(
								(t) => Number(t.getAttribute('font-size')) * (svg.getScreenCTM()?.a ?? 0)
							)
						);
					expect(sizes).toHaveLength(10);
					expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
				}
			});
		}
	});
}

test('a part of the results opens from its address, and from the keyboard', async ({ page }) => {
	await seedCase(page, 'petite-commune', smallCommuneAnswers);
	await page.goto('./resultats?d=petite-commune#feuille-de-route');
	const roadmap = page.getByRole('region', { name: 'Votre feuille de route, en entier' });
	await expect(roadmap.getByRole('button', { name: 'Votre feuille de route, en entier' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await expect(roadmap.getByRole('heading', { level: 3, name: 'Dans les trois mois' })).toBeInViewport();

	// the first layer's link to every option opens that part
	await page.getByRole('link', { name: /^Voir les \d+\sdispositifs$/ }).click();
	const options = page.getByRole('region', { name: /^Tous les dispositifs qui vous correspondent/ });
	await expect(options.getByRole('button', { name: /^Tous les dispositifs/ })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await expect(page).toHaveURL(/#dispositifs$/);

	const needs = page.getByRole('button', { name: 'Vos besoins en détail' });
	await needs.focus();
	await page.keyboard.press('Enter');
	await expect(needs).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Space');
	await expect(needs).toHaveAttribute('aria-expanded', 'false');
});

test('a term is explained where it first appears: a button, its definition read out, the glossary a link away', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await seedCase(page, 'petite-commune', smallCommuneAnswers);
	await page.goto('./resultats?d=petite-commune');
	const summary = page.getByRole('region', { name: 'L’essentiel' });
	const term = summary.getByRole('button', { name: 'Définition\u00a0: HUMANIS' });
	await expect(term).toHaveCount(1);
	await term.click();
	await expect(term).toHaveAttribute('aria-expanded', 'true');
	const tip = summary.getByText(/^HUMANIS\s\(humanitaire et social\)/);
	await expect(tip).toContainText('L’un des cinq modèles d’action extérieure de l’étude ACTER');
	await expect(page.locator(`#${await term.getAttribute('aria-controls')}`)).toHaveAttribute('aria-live', 'polite');
	await expectNoSidewaysScroll(page, 'a definition open');
	await expectNoAxeViolations(page, 'the results with a definition open');
	await term.press('Escape');
	await expect(term).toHaveAttribute('aria-expanded', 'false');
	await expect(tip).toHaveCount(0);

	// once per part of the page: the first mention only
	for (const scope of [summary, ...(await page.locator('.disclosure-panel').all())]) {
		const names = await scope.getByRole('button', { name: /^Définition/, includeHidden: true }).allTextContents();
		expect(names.length, 'definitions offered in one part').toBe(new Set(names).size);
	}

	await term.click();
	await summary.getByRole('link', { name: 'Tout le glossaire' }).click();
	await expect(page).toHaveURL(/\/glossaire#humanis$/);
	await expect(
		page.getByRole('definition').filter({ hasText: 'les collectivités qui agissent par solidarité' })
	).toBeInViewport();
});

test('the glossary has a page of its own, linked from every page’s footer', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('./');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Glossaire des sigles et des termes' }).click();
	await expect(page).toHaveTitle('Glossaire – ACTER autodiagnostic');
	await expect(page.getByRole('heading', { level: 1, name: 'Glossaire' })).toBeVisible();
	for (const term of ['ETP', 'FICOL', 'RRMA', 'orientation', 'structuration', 'levier', 'profil-type']) {
		await expect(
			page
				.getByRole('term')
				.filter({ hasText: new RegExp(`^${term}`) })
				.first()
		).toBeVisible();
	}
	await expect(page.getByRole('definition')).toHaveCount(glossary.length);
	await expectNoSidewaysScroll(page, 'the glossary');
	await expectNoAxeViolations(page, 'the glossary');
});

test('printed, the results are one clean document: every part open, no navigation, links by name', async ({
	page
}, testInfo) => {
	await seedCase(page, 'petite-commune', smallCommuneAnswers);
	await page.goto('./resultats?d=petite-commune');
	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeFocused();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('contentinfo')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Télécharger la feuille de route (PDF)' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 3, name: 'Dans les trois mois' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Part de chaque modèle ACTER dans votre profil' })).toBeVisible();
	await expect(page.getByText('Ce qui vous en éloigne').last()).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: /^Tous les dispositifs/ })
			.getByRole('link')
			.first()
	).toBeVisible();

	// what « Imprimer → Enregistrer en PDF » makes: Chromium tags it
	const path = testInfo.outputPath('resultats-imprimes.pdf');
	await page.pdf({ path, format: 'A4', tagged: true });
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	expect(text).toContain('Votre feuille de route, en entier');
	expect(text).toContain('Tous les dispositifs qui vous correspondent');
	expect(text).not.toContain('Télécharger la feuille de route');
	expect(text).not.toMatch(/https?:\/\//);
	expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
});
