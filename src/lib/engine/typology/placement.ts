// Places an authority in the ACTER typology from its effective answers. The orientation (what it
// does and why) names the model; the study's defining traits set aside the models its organisation
// contradicts; the structuring is read beside it, as a finding, and never names the model alone.
import type { Answers } from '../../content/types';
import { definingTraits } from '../../content/typology/defining-traits';
import { modelIds, studyOrganisation, type ModelId } from '../../content/typology/model-ids';
import { EVEN_SHARE } from '../../content/typology/settings';
import { evaluate } from '../conditions';
import { matchRules } from './evidence';
import { hybridReading } from './hybrid';
import { evidenceByModel, scoreOn, type ModelEvidence } from './scores';
import { placementSentences } from './sentences';
import { byModel, exactShares, ranked, roundShares, type ModelNumbers } from './shares';
import type { AxisReading, EngagedPlacement, Exclusion, ModelReading, OrganisationLevel, Placement } from './types';

function axisReading(scores: ModelNumbers): AxisReading & { exact: ModelNumbers } {
	const exact = exactShares(scores);
	const shares = roundShares(exact);
	return { shares, main: ranked(shares, exact)[0] ?? modelIds[0], exact };
}

function organisationOf(answers: Answers): OrganisationLevel | null {
	if (answers['ri_service'] === 'no') return 'no_service';
	if (answers['ri_service'] !== 'yes') return null;
	return answers['europe_service'] === 'yes' ? 'service_and_europe' : 'service';
}

/**
 * The organisation the study describes for the model, against the authority's. A Europe service is never
 * expected: the study gives ASTRE one only « souvent », so with a service of their own only the lack of one differs.
 */
function differs(model: ModelId, level: OrganisationLevel | null): boolean {
	if (level === null) return false;
	if (studyOrganisation[model] === 'no_service') return level !== 'no_service';
	return level === 'no_service';
}

function byStrength(list: ModelEvidence[ModelId]) {
	const sorted = [...list].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
	return { evidenceFor: sorted.filter((e) => e.weight > 0), evidenceAgainst: sorted.filter((e) => e.weight < 0) };
}

function placeEngaged(answers: Answers): EngagedPlacement {
	const matched = matchRules(answers);
	const evidence = evidenceByModel(matched, answers);
	const orientationScores = byModel((m) => scoreOn(evidence[m], 'orientation'));
	const structuringScores = byModel((m) => scoreOn(evidence[m], 'structuring'));
	const { exact: orientationExact, ...orientation } = axisReading(orientationScores);
	const { exact: _structuringExact, ...structuring } = axisReading(structuringScores);

	const contradicted = definingTraits.filter((trait) => evaluate(trait.excludedWhen, answers));
	const excluded = new Set(contradicted.flatMap((trait) => trait.models));
	// Said only where it changes something: a model the orientation leans to.
	const exclusions: Exclusion[] = contradicted
		.filter((trait) => trait.models.some((m) => orientationExact[m] >= EVEN_SHARE))
		.map(({ id, models, text, sources }) => ({ id, models, text, sources }));
	const allowed = modelIds.filter((m) => !excluded.has(m));
	// The orientation names the model: among those the study allows, unless none of them reaches an
	// even share of it; then the first orientation is kept, and said to be atypical.
	const bestAllowed = [...allowed].sort(
		(a, b) =>
			orientationExact[b] - orientationExact[a] ||
			structuringScores[b] - structuringScores[a] ||
			modelIds.indexOf(a) - modelIds.indexOf(b)
	)[0];
	const atypical =
		bestAllowed === undefined || (orientationExact[bestAllowed] < EVEN_SHARE && excluded.has(orientation.main));
	const main = atypical ? orientation.main : (bestAllowed ?? orientation.main);
	// Shares are the orientation's: an excluded model keeps its share, marked, so the chart shows
	// where the orientation leans even when the study's description of the model rules it out.
	const order = [main, ...ranked(orientation.shares, orientationExact).filter((m) => m !== main)];

	const models: ModelReading[] = order.map((model) => ({
		model,
		share: orientation.shares[model],
		scores: { orientation: orientationScores[model], structuring: structuringScores[model] },
		...byStrength(evidence[model]),
		excluded: excluded.has(model)
	}));
	const organisation = organisationOf(answers);
	const hybrid = hybridReading(main, models, matched);
	const placement = {
		kind: 'engaged' as const,
		models,
		main,
		hybrid: hybrid ? hybrid.map((part) => part.model) : null,
		hybridParts: hybrid,
		orientation,
		structuring,
		organisation,
		gap: differs(main, organisation),
		exclusions,
		atypical
	};
	return { ...placement, sentences: placementSentences(placement) };
}

/** The placement of a diagnostic, from its effective answers (see effectiveAnswers). */
export function placeDiagnostic(answers: Answers): Placement {
	return answers['has_international_action'] === 'no' ? { kind: 'starting' } : placeEngaged(answers);
}
