// Drives the presenter view with its shortcuts: digits choose (two in a row past the ninth), N goes
// on; text is typed in the field that has the focus on arrival, and Enter submits; a drop-down
// list is set with the arrows, then Tab leaves it.
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

	/** Starts a new diagnostic from the portfolio, with the keyboard, on the presenter's first question. */
	async startNew() {
		await this.page.goto('./reunion');
		const start = this.page.getByRole('button', { name: 'Nouveau diagnostic en mode réunion' });
		await start.focus();
		await this.page.keyboard.press('Enter');
		await expect(this.page).toHaveTitle(/^Question 1 sur \d+ – Diagnostic sans nom – Mode réunion/);
		await expect(this.heading()).toHaveText(/^Question 1 sur/);
	}

	/** Opens a listed diagnostic on its last question and presses N, as at the end of a meeting. */
	async finish(name: string, answers: Answers) {
		const last = questionSequence(questionnaire, answers).at(-1)!;
		await this.page.goto('./reunion');
		await this.page.getByRole('link', { name: `Mode réunion : ${name}` }).click();
		await expect(this.heading()).toHaveText(/^Question 1 sur/);
		await this.page.goto(`${this.page.url()}&q=${last.question.id}`);
		await expect(this.heading()).toHaveText(new RegExp(`^Question ${last.index} sur ${last.count}`));
		await this.page.keyboard.press('n');
		await expect(this.page.getByRole('heading', { level: 1, name: 'Résultats du diagnostic' })).toBeFocused();
		return last;
	}

	/** Answers one question by keyboard and goes on to the next one. */
	async answer(questionId: string, value: AnswerValue, answers: Answers) {
		const place = questionSequence(questionnaire, answers).find((p) => p.question.id === questionId)!;
		const question = place.question;
		await expect(this.heading()).toHaveText(new RegExp(`^Question ${place.index} sur`));
		switch (question.kind) {
			case 'text':
			case 'number':
				await expect(this.page.locator(`#q-${question.id}`)).toBeFocused();
				await this.page.keyboard.type(
					typeof value === 'number' ? String(value).replace('.', ',') : String(value)
				);
				await this.page.keyboard.press('Enter');
				return;
			case 'countries':
				throw new Error('countries are left unanswered in meeting fixtures');
			case 'single':
			case 'multiple': {
				await expect(this.heading()).toBeFocused();
				const offered = offeredOptions(question, answers).map((o) => o.id);
				if (question.kind === 'single' && question.display === 'select') {
					await this.page.keyboard.press('Tab');
					const select = this.page.locator(`#q-${question.id}`);
					await expect(select).toBeFocused();
					for (let i = 0; i <= offered.indexOf(String(value)); i += 1)
						await this.page.keyboard.press('ArrowDown');
					await expect(select).toHaveValue(String(value));
					await this.page.keyboard.press('Tab');
					await this.page.keyboard.press('n');
					return;
				}
				for (const id of chosenIds(value)) {
					const digit = offered.indexOf(id) + 1;
					expect(digit, `${id} must be offered by of ${question.id}`).toBeGreaterThan(0);
					// past the ninth, two digits in a row (those of 10 to 19 would otherwise wait for a second one)
					await this.page.keyboard.type(String(digit));
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
				// a typed answer's field has the focus, where N is a letter: Enter submits instead
				const typed = ['text', 'number', 'countries'].includes(place.question.kind);
				await this.page.keyboard.press(typed ? 'Enter' : 'n');
				continue;
			}
			await this.answer(place.question.id, value, answers);
		}
	}
}
