// Drives the questionnaire the way a keyboard user does: Tab to reach a control, Space to tick,
// arrows to choose a radio or a list entry, typing for text, Enter to submit. No mouse, no fill().
import { expect, type Page } from '@playwright/test';
import { questionnaire } from '../../../src/lib/content/questionnaire';
import type { AnswerValue, Answers, Question } from '../../../src/lib/content/types';
import { chosenIds } from '../../../src/lib/engine/conditions';
import { offeredOptions, visibleQuestions, findStep } from '../../../src/lib/engine/questionnaire';

export class QuestionnairePage {
	constructor(readonly page: Page) {}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	/** Presses Tab until the focused element matches, failing after a full cycle. */
	async tabTo(matches: (el: Element) => boolean, description: string, max = 200) {
		for (let i = 0; i < max; i += 1) {
			await this.page.keyboard.press('Tab');
			const found = await this.page.evaluate(`(${matches.toString()})(document.activeElement)`);
			if (found) return;
		}
		throw new Error(`Tab never reached ${description}`);
	}

	async tabToId(id: string) {
		await this.tabTo(new Function(`return (el) => el && el.id === ${JSON.stringify(id)}`)(), `#${id}`);
	}

	async focusedId(): Promise<string> {
		return this.page.evaluate(() => document.activeElement?.id ?? '');
	}

	async answer(question: Question, value: AnswerValue, answers: Answers) {
		switch (question.kind) {
			case 'text':
			case 'number': {
				await this.tabToId(`q-${question.id}`);
				await this.page.keyboard.press('ControlOrMeta+a');
				await this.page.keyboard.type(
					typeof value === 'number' ? String(value).replace('.', ',') : String(value)
				);
				return;
			}
			case 'multiple':
				for (const id of chosenIds(value)) {
					await this.tabToId(`q-${question.id}-${id}`);
					await this.page.keyboard.press('Space');
					await expect(this.page.locator(`#q-${question.id}-${id}`)).toBeChecked();
				}
				return;
			case 'countries':
				for (const code of chosenIds(value)) {
					await this.tabToId(`q-${question.id}-search`);
					await this.page.keyboard.press('ControlOrMeta+a');
					await this.page.keyboard.type(code === 'SN' ? 'sénégal' : code);
					await this.tabToId(`q-${question.id}-${code}`);
					await this.page.keyboard.press('Space');
				}
				return;
			case 'single': {
				const target = String(value);
				if (question.display === 'select') {
					await this.tabToId(`q-${question.id}`);
					const ids = offeredOptions(question, answers).map((o) => o.id);
					const index = ids.indexOf(target) + 1; // the first entry is « — Choisissez — »
					const current = await this.page
						.locator(`#q-${question.id}`)
						.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
					const key = index >= current ? 'ArrowDown' : 'ArrowUp';
					for (let i = 0; i < Math.abs(index - current); i += 1) await this.page.keyboard.press(key);
					await expect(this.page.locator(`#q-${question.id}`)).toHaveValue(target);
					return;
				}
				// one Tab stop per radio group, then arrows move and choose
				const name = question.id;
				await this.tabTo(
					new Function(`return (el) => el && el.type === 'radio' && el.name === ${JSON.stringify(name)}`)(),
					`radio group ${name}`
				);
				const ids = offeredOptions(question, answers).map((o) => o.id);
				for (let i = 0; i <= ids.length; i += 1) {
					if ((await this.focusedId()) === `q-${name}-${target}`) break;
					await this.page.keyboard.press('ArrowDown');
				}
				// entering an unanswered group focuses its first radio without choosing it
				await this.page.keyboard.press('Space');
				await expect(this.page.locator(`#q-${name}-${target}`)).toBeChecked();
				return;
			}
		}
	}

	/** Answers every visible question of the current step from `answers`, then presses « Suivant » with Enter. */
	async completeStep(stepId: string, answers: Answers) {
		const step = findStep(questionnaire, stepId)!;
		const given: Record<string, AnswerValue> = {};
		// questions appear as earlier ones are answered (department after region…)
		for (const question of step.questions) {
			const visible = visibleQuestions(step, { ...answers }).some((q) => q.id === question.id);
			const value = answers[question.id];
			if (!visible || value === undefined) continue;
			await this.answer(question, value, { ...answers, ...given });
			given[question.id] = value;
		}
		await this.tabTo((el) => el instanceof HTMLButtonElement && el.type === 'submit', 'the submit button');
		await this.page.keyboard.press('Enter');
	}
}
