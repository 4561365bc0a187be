// Hybrids as the study defines them: « certaines CT peuvent avoir une action extérieure hybride avec
// des caractéristiques correspondant à plusieurs modèles selon la zone de coopération ou la
// thématique ». A model joins the main one when some zone or theme of the authority is typical of
// it more than of the main model, and its orientation is no further from the main one's than the
// main motivation alone weighs: choosing the other motivation as the main one could swap them.
import type { ModelId } from '../../content/typology/model-ids';
import { motivationRules } from '../../content/typology/motivation-rules';
import { MAIN_MOTIVATION_EXTRA, TYPICAL_WEIGHT } from '../../content/typology/settings';
import type { MatchedRule } from './evidence';
import type { HybridPart, ModelReading } from './types';

type Where = 'zones' | 'themes';

/** What the strongest motivation weighs once counted as the main one. */
const mainMotivationWeight =
	Math.max(...motivationRules.flatMap((rule) => Object.values(rule.weights))) * (1 + MAIN_MOTIVATION_EXTRA);

const weightOf = (m: MatchedRule, model: ModelId | null) => (model === null ? 0 : (m.rule.weights[model] ?? 0));

/** The zones or themes answered that are typical of `model` and weigh more for it than for `than`. */
function ownAnswers(matched: readonly MatchedRule[], where: Where, model: ModelId, than: ModelId | null): string[] {
	return matched
		.filter(
			(m) =>
				m.rule.trait === where && weightOf(m, model) >= TYPICAL_WEIGHT && weightOf(m, model) > weightOf(m, than)
		)
		.map((m) => m.answer);
}

export function hybridReading(
	main: ModelId,
	models: readonly ModelReading[],
	matched: readonly MatchedRule[]
): HybridPart[] | null {
	const mainScore = models.find((r) => r.model === main)?.scores.orientation ?? 0;
	const others = models.filter(
		(r) =>
			r.model !== main &&
			!r.excluded &&
			mainScore - r.scores.orientation <= mainMotivationWeight &&
			(ownAnswers(matched, 'zones', r.model, main).length > 0 ||
				ownAnswers(matched, 'themes', r.model, main).length > 0)
	);
	if (others.length === 0) return null;
	// the two nearest at most: beyond, the answers are spread rather than mixed
	others.splice(2);
	const part = (model: ModelId, than: ModelId | null): HybridPart => ({
		model,
		zones: ownAnswers(matched, 'zones', model, than).join('\u00a0; '),
		themes: ownAnswers(matched, 'themes', model, than).join('\u00a0; ')
	});
	return [part(main, others[0]?.model ?? null), ...others.map((r) => part(r.model, main))];
}
