// At 360 px, no page scrolls sideways: home, every step of the questionnaire (both paths), the
// summary, the glossary and the privacy page. (The results are tested in results-layers.e2e.ts,
// the meeting pages with meeting mode.)
import { questionnaire } from '../../src/lib/content/questionnaire';
import type { Answers } from '../../src/lib/content/types';
import { visibleSteps } from '../../src/lib/engine/questionnaire';
import { exampleDiagnostic, smallCommuneAnswers, startingAnswers } from '../fixtures/answers';
import { seed } from './support/seed';
import { expectNoSidewaysScroll } from './support/layout';
import { expect, test } from './support/test';

test.use({ viewport: { width: 360, height: 740 } });

for (const [path, answers] of [
	['engagé', smallCommuneAnswers],
	['de démarrage', startingAnswers]
] as [string, Answers][]) {
	test(`every page of the ${path === 'engagé' ? 'engaged' : 'starting'} path fits a 360 px screen`, async ({
		page
	}) => {
		const id = `etroit-${path === 'engagé' ? 'engage' : 'depart'}`;
		await seed(page, { ...exampleDiagnostic('humanis'), id, answers });
		await page.goto('./');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoSidewaysScroll(page, 'home');
		for (const step of visibleSteps(questionnaire, answers)) {
			await page.goto(`./questionnaire/${step.id}?d=${id}`);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(step.title);
			await expectNoSidewaysScroll(page, `questionnaire, ${step.id}`);
		}
		await page.goto(`./recapitulatif?d=${id}`);
		await expect(page.getByRole('link', { name: 'Voir vos résultats' })).toBeVisible();
		await expectNoSidewaysScroll(page, 'summary');
	});
}

test('the glossary and the privacy page fit a 360 px screen', async ({ page }) => {
	for (const path of ['./glossaire', './confidentialite']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoSidewaysScroll(page, path);
	}
});
