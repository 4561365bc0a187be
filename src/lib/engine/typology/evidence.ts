// Applies the typology rules (content) to effective answers: what each matching rule saw, in French.
// Follows the rules' order, never the order of the answers.
import { countryByCode } from '../../content/countries';
import { questionnaire } from '../../content/questionnaire';
import type { Answers } from '../../content/types';
import type { TypologyRule } from '../../content/typology/rule-types';
import { typologyRules } from '../../content/typology/rules';
import { chosenIds, evaluate } from '../conditions';

// Built on first use: creating an Intl object at import would slow the page that imports it.
let collator: Intl.Collator | undefined;
const byFrenchName = (a: string, b: string) => (collator ??= new Intl.Collator('fr')).compare(a, b);

/** Every question by id, looked up once rather than for each rule. */
const questions = new Map(questionnaire.steps.flatMap((step) => step.questions.map((q) => [q.id, q] as const)));

export interface MatchedRule {
	readonly rule: TypologyRule;
	/** what the rule saw in the answers, in French */
	readonly answer: string;
}

/** Zones declared, plus those of the partner countries, with the countries that add each one. */
export function zonesOf(answers: Answers): Map<string, string[]> {
	const declared = chosenIds(answers['zones']).filter((zone) => zone !== 'none');
	const zones = new Map<string, string[]>(declared.map((zone) => [zone, []]));
	for (const code of chosenIds(answers['partner_countries'])) {
		const country = countryByCode(code);
		if (!country) continue;
		const via = zones.get(country.zone);
		if (via === undefined) zones.set(country.zone, [country.name]);
		else if (!declared.includes(country.zone)) via.push(country.name);
	}
	for (const via of zones.values()) via.sort(byFrenchName);
	return zones;
}

function optionLabel(questionId: string, optionId: string): string {
	const question = questions.get(questionId);
	const option = question && 'options' in question ? question.options.find((o) => o.id === optionId) : undefined;
	return option?.label ?? optionId;
}

/** What the rule saw in the answers, in French, or null when it does not match. */
function matchedAnswer(rule: TypologyRule, answers: Answers, zones: Map<string, string[]>): string | null {
	if (rule.when && !evaluate(rule.when, answers)) return null;
	const ids = rule.questionId === 'zones' ? [...zones.keys()] : chosenIds(answers[rule.questionId]);
	const match = rule.match;
	if ('option' in match) {
		if (!ids.includes(match.option)) return null;
		const label = optionLabel(rule.questionId, match.option);
		const via = rule.questionId === 'zones' ? (zones.get(match.option) ?? []) : [];
		return via.length > 0 ? `${label}, d’après vos pays partenaires (${via.join(', ')})` : label;
	}
	if ('noneOf' in match)
		return ids.length > 0 && !ids.some((id) => match.noneOf.includes(id)) ? match.answerLabel : null;
	return ids.length >= match.countAtLeast ? match.answerLabel : null;
}

export function matchRules(answers: Answers): MatchedRule[] {
	const zones = zonesOf(answers);
	const matched: MatchedRule[] = [];
	for (const rule of typologyRules) {
		const answer = matchedAnswer(rule, answers, zones);
		if (answer !== null) matched.push({ rule, answer });
	}
	return matched;
}
