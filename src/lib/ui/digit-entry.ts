// Choosing an answer by its number in the presenter view, past the ninth too: digits typed one
// after the other make the number, as on a remote control (1 then 2: the twelfth). A number is
// chosen as soon as no further digit could make another one on the list, otherwise after a pause.

/** How long a first digit waits for a second one. */
export const DIGIT_PAUSE_MS = 1200;

export interface DigitStep {
	/** numbers to choose now, in order */
	readonly choose: readonly number[];
	/** the digit still waiting for a second one, or '' */
	readonly typed: string;
}

/** What a digit does, given the digit already waiting (`typed`) and the number of answers. */
export function afterDigit(typed: string, digit: number, count: number): DigitStep {
	if (typed) {
		const combined = Number(typed) * 10 + digit;
		if (combined <= count) return { choose: [combined], typed: '' };
		// no such answer: the waiting digit stands alone, and this one starts afresh
		const fresh = afterDigit('', digit, count);
		return { choose: [Number(typed), ...fresh.choose], typed: fresh.typed };
	}
	if (digit === 0 || digit > count) return { choose: [], typed: '' };
	if (digit * 10 <= count) return { choose: [], typed: String(digit) };
	return { choose: [digit], typed: '' };
}

/** Holds the waiting digit and its pause. */
export class DigitEntry {
	#typed = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#choose: (number: number) => void;
	#pause: number;

	constructor(choose: (number: number) => void, pause = DIGIT_PAUSE_MS) {
		this.#choose = choose;
		this.#pause = pause;
	}

	/** The digit waiting for a second one, or ''. */
	get typed(): string {
		return this.#typed;
	}

	press(digit: number, count: number): void {
		clearTimeout(this.#timer);
		const step = afterDigit(this.#typed, digit, count);
		this.#typed = step.typed;
		for (const number of step.choose) this.#choose(number);
		if (step.typed) this.#timer = setTimeout(() => this.flush(), this.#pause);
	}

	/** Chooses the waiting digit now (another key was pressed, or the pause is over). */
	flush(): void {
		clearTimeout(this.#timer);
		const typed = this.#typed;
		this.#typed = '';
		if (typed) this.#choose(Number(typed));
	}

	/** Forgets the waiting digit (the question changed). */
	reset(): void {
		clearTimeout(this.#timer);
		this.#typed = '';
	}
}
