// The kinds of change a questionnaire version can make to saved answers, described as data and
// applied by one pure function. An answer that no longer fits anywhere moves to the « anciennes
// réponses » (legacyAnswers) as readable text: a migration never drops what someone wrote.

export type Change =
	/** the question keeps its meaning under a new id */
	| { readonly kind: 'renameQuestion'; readonly from: string; readonly to: string }
	/** options keep their meaning under new ids */
	| { readonly kind: 'renameOptions'; readonly question: string; readonly map: Readonly<Record<string, string>> }
	/** options with no equivalent any more: ticked ones are kept as text */
	| {
			readonly kind: 'retireOptions';
			readonly question: string;
			readonly label: string;
			readonly options: Readonly<Record<string, string>>;
	  }
	/** a multiple-choice question becomes several, each taking its own options */
	| {
			readonly kind: 'splitQuestion';
			readonly from: string;
			readonly into: Readonly<Record<string, readonly string[]>>;
	  }
	/** a question removed from the questionnaire: its answer is kept as text */
	| { readonly kind: 'retireQuestion'; readonly question: string; readonly label: string }
	/** a question now asked in two wordings: the answer moves to the other id when another answer holds an option */
	| {
			readonly kind: 'moveAnswerWhen';
			readonly from: string;
			readonly to: string;
			readonly when: { readonly question: string; readonly is: string };
	  }
	/** steps renamed: where someone stopped still points to the same place */
	| { readonly kind: 'renameSteps'; readonly map: Readonly<Record<string, string>> };

/** The parts of a record a migration rewrites; anything else passes through untouched. */
export interface Migratable {
	answers: Record<string, unknown>;
	legacyAnswers: Record<string, string>;
	currentStepId: unknown;
}

function asText(value: unknown): string {
	return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

function keepAsLegacy(record: Migratable, key: string, label: string, text: string): void {
	const line = `${label}\u00a0: ${text}`;
	const earlier = record.legacyAnswers[key];
	record.legacyAnswers[key] = earlier ? `${earlier}\u00a0; ${line}` : line;
}

const mapIds = (value: unknown, map: Readonly<Record<string, string>>): unknown =>
	typeof value === 'string'
		? (map[value] ?? value)
		: Array.isArray(value)
			? value.map((id) => (typeof id === 'string' ? (map[id] ?? id) : id))
			: value;

export function applyChange(record: Migratable, change: Change): void {
	const { answers } = record;
	switch (change.kind) {
		case 'renameQuestion':
			if (change.from in answers) {
				answers[change.to] = answers[change.from];
				delete answers[change.from];
			}
			return;
		case 'renameOptions':
			if (change.question in answers) answers[change.question] = mapIds(answers[change.question], change.map);
			return;
		case 'retireOptions': {
			const value = answers[change.question];
			const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
			const retired = ids.filter(
				(id): id is string => typeof id === 'string' && Object.hasOwn(change.options, id)
			);
			if (retired.length === 0) return;
			keepAsLegacy(record, change.question, change.label, retired.map((id) => change.options[id]).join(', '));
			if (typeof value === 'string') delete answers[change.question];
			else answers[change.question] = ids.filter((id) => !retired.includes(id));
			return;
		}
		case 'splitQuestion': {
			const value = answers[change.from];
			if (!(change.from in answers)) return;
			delete answers[change.from];
			const ids = Array.isArray(value) ? value : [value];
			for (const [question, options] of Object.entries(change.into)) {
				const taken = ids.filter((id) => options.includes(id));
				if (taken.length > 0) answers[question] = taken;
			}
			const placed = new Set(Object.values(change.into).flat());
			const left = ids.filter((id) => !placed.has(id));
			if (left.length > 0) keepAsLegacy(record, change.from, change.from, asText(left));
			return;
		}
		case 'retireQuestion':
			if (change.question in answers) {
				keepAsLegacy(record, change.question, change.label, asText(answers[change.question]));
				delete answers[change.question];
			}
			return;
		case 'moveAnswerWhen':
			if (change.from in answers && answers[change.when.question] === change.when.is && !(change.to in answers)) {
				answers[change.to] = answers[change.from];
				delete answers[change.from];
			}
			return;
		case 'renameSteps':
			if (typeof record.currentStepId === 'string')
				record.currentStepId = change.map[record.currentStepId] ?? record.currentStepId;
			return;
	}
}
