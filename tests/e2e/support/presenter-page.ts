// Drives the presenter view with its shortcuts: digits choose, N goes on; text is typed and
// Enter submits; a drop-down list is set with the arrows, then Tab leaves it.
import { expect, type Page } from '@playwright/test';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import type { AnswerValue, Answers } from '../../../src/lib/content/types';
import { chosenIds } from '../../../src/lib/engine/conditions';
import { questionSequence } from '../../../src/lib/engine/meeting/sequence';
import { offeredOptions } from '../../../src/lib/engine/questionnaire';

export class PresenterPage {
	constructor(readonly page: Page) {}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	/** Beyond the ninth option there is no digit: Tab to the box, Space ticks it. */
	async tickNatively(id: string) {
		for (let i = 0; i < 40; i += 1) {
			await this.page.keyboard.press('Tab');
			if (await this.page.evaluate((target) => document.activeElement?.id === target, id)) break;
		}
		await expect(this.page.locator(`#${id}`)).toBeFocused();
		await this.page.keyboard.press('Space');
	}

	/** Answers one question by keyboard and goes on to the next one. */
	async answer(questionId: string, value: AnswerValue, answers: Answers) {
		const place = questionSequence(questionnaire, answers).find((p) => p.question.id === questionId)!;
		const question = place.question;
		await expect(this.heading()).toHaveText(new RegExp(`^Question ${place.index} sur`));
		await expect(this.heading()).toBeFocused();
		switch (question.kind) {
			case 'text':
			case 'number':
				await this.page.keyboard.press('Tab');
				await expect(this.page.locator(`#q-${question.id}`)).toBeFocused();
				await this.page.keyboard.type(typeof value === 'number' ? String(value).replace('.', ',') : String(value));
				await this.page.keyboard.press('Enter');
				return;
			case 'countries':
				throw new Error('countries are left unanswered in meeting fixtures');
			case 'single':
			case 'multiple': {
				const offered = offeredOptions(question, answers).map((o) => o.id);
				if (question.kind === 'single' && question.display === 'select') {
					await this.page.keyboard.press('Tab');
					const select = this.page.locator(`#q-${question.id}`);
					await expect(select).toBeFocused();
					for (let i = 0; i <= offered.indexOf(String(value)); i += 1) await this.page.keyboard.press('ArrowDown');
					await expect(select).toHaveValue(String(value));
					await this.page.keyboard.press('Tab');
					await this.page.keyboard.press('n');
					return;
				}
				for (const id of chosenIds(value)) {
					const digit = offered.indexOf(id) + 1;
					expect(digit, `${id} must be offered by of ${question.id}`).toBeGreaterThan(0);
					if (digit <= 9) await this.page.keyboard.press(String(digit));
					else await this.tickNatively(`q-${question.id}-${id}`);
					await expect(this.page.locator(`#q-${question.id}-${id}`)).toBeChecked();
				}
				await this.page.keyboard.press('n');
			}
		}
	}

	/** Runs the whole questionnaire from the first question, keyboard only. */
	async run(answers: Answers) {
		for (const place of questionSequence(questionnaire, answers)) {
			const value = answers[place.question.id];
			if (value === undefined) {
				await this.page.keyboard.press('n');
				continue;
			}
			await this.answer(place.question.id, value, answers);
		}
	}
}
