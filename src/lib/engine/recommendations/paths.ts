// The paths: what consolidates the authority's action at its scale, and the models its orientation
// already leans to, as options its elected officials may choose (never a next step). Every option a
// lever names has passed the eligibility check.
import { consolidationLevers } from '../../content/levers/consolidate';
import { directionLevers } from '../../content/levers/directions';
import type { LeverSpec, Scale } from '../../content/levers/types';
import { supportOptionById } from '../../content/supports';
import type { Answers } from '../../content/types';
import { modelDescriptions } from '../../content/typology/models';
import { EVEN_SHARE } from '../../content/typology/settings';
import { evaluate } from '../conditions';
import { percentFr } from '../french';
import type { Placement } from '../typology/types';
import { leverChanges } from './lever-changes';
import type { Direction, Lever, Paths, RoadmapLink } from './types';

export function linkTo(id: string): RoadmapLink {
	const option = supportOptionById(id);
	return { id, name: option?.shortName ?? option?.name ?? id };
}

/** The levers of a list that suit this authority, each naming only options it can use and that fit what it does. */
export function applicableLevers(
	specs: readonly LeverSpec[],
	answers: Answers,
	scale: Scale,
	usable: ReadonlySet<string>
): Lever[] {
	const purposes = new Set<string>();
	return (
		specs
			.filter(
				(spec) =>
					spec.scales.includes(scale) &&
					(!spec.when || evaluate(spec.when, answers)) &&
					(!spec.core || !evaluate(spec.core, answers))
			)
			.map((spec) => ({
				spec,
				options: (spec.options ?? []).filter((id) => usable.has(id))
			}))
			.filter(({ spec, options }) => !spec.options || options.length > 0)
			// one lever per purpose: the first that applies
			.filter(({ spec }) => !purposes.has(spec.purpose) && purposes.add(spec.purpose) !== undefined)
			.map(({ spec, options }) => ({
				id: spec.id,
				label: spec.label,
				reason: spec.reason,
				options: options.map(linkTo),
				changes: leverChanges(spec, answers)
			}))
	);
}

function directions(placement: Placement, answers: Answers, scale: Scale, usable: ReadonlySet<string>): Direction[] {
	if (placement.kind !== 'engaged') return [];
	return placement.models
		.filter(
			(reading) =>
				reading.model !== placement.main &&
				!reading.excluded &&
				placement.orientation.shares[reading.model] >= EVEN_SHARE
		)
		.map((reading): Direction => {
			const model = modelDescriptions[reading.model];
			const share = placement.orientation.shares[reading.model];
			return {
				model: reading.model,
				share,
				text: `Si vos élus choisissent d’aller vers le modèle ${model.name} (${model.meaning}), déjà ${percentFr(share)} de votre orientation : voici ce qui changerait. L’étude observe que les collectivités « peuvent passer d’un type à un autre selon les changements de stratégie politique » ; ce n’est pas une étape obligée.`,
				levers: applicableLevers(directionLevers[reading.model], answers, scale, usable).filter(
					(lever) => Object.keys(lever.changes).length > 0
				)
			};
		})
		.filter((direction) => direction.levers.length > 0);
}

export function buildPaths(answers: Answers, placement: Placement, scale: Scale, usable: ReadonlySet<string>): Paths {
	if (placement.kind === 'starting') return { consolidate: [], directions: [] };
	return {
		consolidate: applicableLevers(consolidationLevers, answers, scale, usable),
		directions: directions(placement, answers, scale, usable)
	};
}
