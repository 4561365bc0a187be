// Applies the typology rules (content) to effective answers: one piece of evidence per rule that
// matches and per model it weighs on. Follows the rules' order, never the order of the answers.
import { countryByCode } from '../../content/countries';
import { questionnaire } from '../../content/questionnaire';
import type { Answers } from '../../content/types';
import { modelIds, type ModelId } from '../../content/typology/model-ids';
import type { TypologyRule } from '../../content/typology/rule-types';
import { typologyRules } from '../../content/typology/rules';
import { MAIN_MOTIVATION_EXTRA } from '../../content/typology/settings';
import { answerText } from '../answer-text';
import { chosenIds } from '../conditions';
import type { Evidence } from './types';

// Built on first use: creating an Intl object at import would slow the page that imports it.
let collator: Intl.Collator | undefined;
const byFrenchName = (a: string, b: string) => (collator ??= new Intl.Collator('fr')).compare(a, b);

/** Every question by id, looked up once rather than for each rule. */
const questions = new Map(questionnaire.steps.flatMap((step) => step.questions.map((q) => [q.id, q] as const)));

export interface ModelEvidence {
	readonly model: ModelId;
	readonly evidence: Evidence;
}

/** Zones declared, plus those of the partner countries, with the countries that add each one. */
function zonesOf(answers: Answers): Map<string, string[]> {
	const zones = new Map<string, string[]>(chosenIds(answers['zones']).map((zone) => [zone, []]));
	for (const code of chosenIds(answers['partner_countries'])) {
		const country = countryByCode(code);
		if (!country) continue;
		const via = zones.get(country.zone);
		if (via === undefined) zones.set(country.zone, [country.name]);
		else if (!chosenIds(answers['zones']).includes(country.zone)) via.push(country.name);
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
	const ids = rule.questionId === 'zones' ? [...zones.keys()] : chosenIds(answers[rule.questionId]);
	const match = rule.match;
	if ('option' in match) {
		if (!ids.includes(match.option)) return null;
		const label = optionLabel(rule.questionId, match.option);
		const via = rule.questionId === 'zones' ? (zones.get(match.option) ?? []) : [];
		return via.length > 0 ? `${label} (d’après vos pays partenaires\u00a0: ${via.join(', ')})` : label;
	}
	if ('noneOf' in match) {
		return ids.length > 0 && !ids.some((id) => match.noneOf.includes(id)) ? match.answerLabel : null;
	}
	if ('countAtLeast' in match) return ids.length >= match.countAtLeast ? match.answerLabel : null;
	const value = answers[rule.questionId];
	if (typeof value !== 'number') return null;
	if ((match.min !== undefined && value < match.min) || (match.max !== undefined && value >= match.max)) return null;
	const question = questions.get(rule.questionId);
	return question ? answerText(question, value) : String(value);
}

/** The motivation counted as main: the one chosen, or the only one ticked. */
function mainMotivation(answers: Answers): string | undefined {
	const main = answers['main_motivation'];
	if (typeof main === 'string') return main;
	const ticked = chosenIds(answers['motivations']);
	return ticked.length === 1 ? ticked[0] : undefined;
}

export function collectEvidence(answers: Answers): ModelEvidence[] {
	const zones = zonesOf(answers);
	const main = mainMotivation(answers);
	const result: ModelEvidence[] = [];
	for (const rule of typologyRules) {
		const answer = matchedAnswer(rule, answers, zones);
		if (answer === null) continue;
		const isMain = rule.questionId === 'motivations' && 'option' in rule.match && rule.match.option === main;
		for (const model of modelIds) {
			const weight = rule.weights[model];
			if (!weight) continue;
			const base = { ruleId: rule.id, axis: rule.axis, questionId: rule.questionId, answer, reason: rule.reason };
			result.push({ model, evidence: { ...base, weight } });
			if (isMain) {
				result.push({
					model,
					evidence: {
						...base,
						ruleId: `${rule.id}.main`,
						questionId: 'main_motivation',
						reason: `C’est votre motivation principale, elle compte une fois de plus. ${rule.reason}`,
						weight: weight * MAIN_MOTIVATION_EXTRA
					}
				});
			}
		}
	}
	return result;
}
