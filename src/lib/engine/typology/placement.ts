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

/** The axis's shares and first model; among equal shares, the order given (the main model first). */
function axisReading(exact: ModelNumbers, order: readonly ModelId[]): AxisReading {
	const shares = roundShares(exact, order);
	return { shares, main: ranked(shares, exact, order)[0] ?? modelIds[0] };
}

function organisationOf(answers: Answers): OrganisationLevel | null {
	if (answers['ri_service'] === 'no') return answers['europe_service'] === 'yes' ? 'europe_only' : 'no_service';
	if (answers['ri_service'] !== 'yes') return null;
	return answers['europe_service'] === 'yes' ? 'service_and_europe' : 'service';
}

/**
 * The organisation the study describes for the model, against the authority's. A Europe service is never
 * expected: the study gives ASTRE one only « souvent », so with a service of their own only the lack of one differs;
 * a Europe service alone is no RI service (« Service RI et Europe détachés ») and differs from every model.
 */
function differs(model: ModelId, level: OrganisationLevel | null): boolean {
	if (level === null) return false;
	if (studyOrganisation[model] === 'no_service') return level !== 'no_service';
	return level === 'no_service' || level === 'europe_only';
}

function byStrength(list: ModelEvidence[ModelId]) {
	const sorted = [...list].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
	return { evidenceFor: sorted.filter((e) => e.weight > 0), evidenceAgainst: sorted.filter((e) => e.weight < 0) };
}

function allowedTies(main: ModelId, excluded: ReadonlySet<ModelId>, exact: ModelNumbers): ModelId[] {
	return modelIds.filter((m) => m !== main && !excluded.has(m) && exact[m] === exact[main]);
}

function placeEngaged(answers: Answers): EngagedPlacement {
	const matched = matchRules(answers);
	const evidence = evidenceByModel(matched, answers);
	const orientationScores = byModel((m) => scoreOn(evidence[m], 'orientation'));
	const structuringScores = byModel((m) => scoreOn(evidence[m], 'structuring'));
	const orientationExact = exactShares(orientationScores);

	const contradicted = definingTraits.filter((trait) => evaluate(trait.excludedWhen, answers));
	const excluded = new Set(contradicted.flatMap((trait) => trait.models));
	// Said only where it changes something: a model the orientation leans to.
	const exclusions: Exclusion[] = contradicted
		.filter((trait) => trait.models.some((m) => orientationExact[m] >= EVEN_SHARE))
		.map(({ id, ground, models, text, sources }) => ({ id, ground, models, text, sources }));
	const byOrientation = [...modelIds].sort(
		(a, b) => orientationExact[b] - orientationExact[a] || modelIds.indexOf(a) - modelIds.indexOf(b)
	);
	// The orientation names the model: among those the study allows, unless none of them reaches an
	// even share of it; then the first orientation is kept, and said to be atypical. At equal
	// orientation, the structuring parts the models the study allows (said in the sentences).
	const bestAllowed = byOrientation
		.filter((m) => !excluded.has(m))
		.sort((a, b) => orientationExact[b] - orientationExact[a] || structuringScores[b] - structuringScores[a])[0];
	// what the authority does rules a model out for good; its organisation only when another model fits
	const [first = modelIds[0]] = byOrientation.filter(
		(m) => !contradicted.some((trait) => trait.ground === 'orientation' && trait.models.includes(m))
	);
	const atypical = bestAllowed === undefined || (orientationExact[bestAllowed] < EVEN_SHARE && excluded.has(first));
	const main = atypical || bestAllowed === undefined ? first : bestAllowed;
	const order = [main, ...byOrientation.filter((m) => m !== main)];
	// Shares are the orientation's: an excluded model keeps its share, marked, so the chart shows
	// where the orientation leans even when the study's description of the model rules it out.
	const orientation = axisReading(orientationExact, order);
	const structuring = axisReading(exactShares(structuringScores), [main, ...modelIds.filter((m) => m !== main)]);
	const listed = [main, ...ranked(orientation.shares, orientationExact, order).filter((m) => m !== main)];

	const models: ModelReading[] = listed.map((model) => ({
		model,
		share: orientation.shares[model],
		scores: { orientation: orientationScores[model], structuring: structuringScores[model] },
		...byStrength(evidence[model]),
		excluded: excluded.has(model),
		excludedBy: !excluded.has(model)
			? null
			: contradicted.some((trait) => trait.ground === 'orientation' && trait.models.includes(model))
				? 'orientation'
				: 'organisation'
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
	// models whose orientation equals the main model's, with the structuring that parted them
	const tiedWith = allowedTies(main, excluded, orientationExact);
	const parted = tiedWith.every((m) => structuringScores[m] < structuringScores[main]);
	return { ...placement, sentences: placementSentences(placement, { tiedWith, parted }) };
}

/** The placement of a diagnostic, from its effective answers (see effectiveAnswers). */
export function placeDiagnostic(answers: Answers): Placement {
	return answers['has_international_action'] === 'no' ? { kind: 'starting' } : placeEngaged(answers);
}
