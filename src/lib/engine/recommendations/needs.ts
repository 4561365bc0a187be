// Needs: those the authority ticked, plus those its other answers imply (study, sections 5
// and 7: needs echo the obstacles), each with the answers that led to it.
import { needs as needOptions, obstacles as obstacleOptions } from '../../content/options';
import type { NeedId } from '../../content/supports/types';
import type { Answers } from '../../content/types';
import type { ModelId, Placement } from '../typology/types';
import { hasForeignPartnership, readProfile, type Profile } from './profile';
import { labelOf, lowerFirst, modelName } from './text';
import type { MatchedNeed, NeedPriority } from './types';

/** The study's order of frequency (section 5), then the need only the engine infers. */
const needOrder: readonly NeedId[] = [
	'funding_information',
	'project_design',
	'peer_information',
	'action_identification',
	'partner_identification',
	'legal_information',
	'technical_support',
	'oda_declaration'
];

const odaLabel = 'Déclarer votre aide publique au développement (APD)';

/** The needs of each model's profile-type (section 6). */
const modelNeeds: Partial<Record<ModelId, readonly NeedId[]>> = {
	humanis: ['funding_information', 'project_design'],
	cosmin: ['funding_information', 'peer_information'],
	cimob: ['funding_information', 'project_design']
};

/** The need that answers each main obstacle. */
const obstacleNeed: Readonly<Record<string, NeedId>> = {
	financial_means: 'funding_information',
	funding_information: 'funding_information',
	human_means: 'project_design',
	knowledge: 'action_identification',
	administrative: 'legal_information'
};

function obstacleReason(id: string): string {
	return `Vous signalez comme frein ${lowerFirst(labelOf(obstacleOptions, id))}.`;
}

/** Reasons that imply each need, from answers other than the needs question. */
function impliedReasons(p: Profile): Map<NeedId, string[]> {
	const found = new Map<NeedId, string[]>();
	const add = (id: NeedId, reason: string) => found.set(id, [...(found.get(id) ?? []), reason]);
	const has = (id: string) => p.obstacles.includes(id);

	if (has('financial_means') || has('funding_information')) {
		if (has('financial_means')) add('funding_information', obstacleReason('financial_means'));
		if (has('funding_information')) add('funding_information', obstacleReason('funding_information'));
		if (p.engaged && p.budgetLine === 'no')
			add('funding_information', 'Vous n’avez pas de ligne budgétaire dédiée à l’action extérieure.');
		if (p.engaged && p.budgetLine === 'unknown')
			add('funding_information', 'Vous ne savez pas si une ligne budgétaire est dédiée à l’action extérieure.');
		if (p.externalFunding.includes('none'))
			add('funding_information', 'Vous n’avez obtenu aucun financement extérieur.');
	}
	if (has('human_means')) {
		add('project_design', obstacleReason('human_means'));
		if (p.riService === 'no')
			add('project_design', 'Vous n’avez pas de service dédié aux relations internationales.');
		if (!p.engaged) add('technical_support', obstacleReason('human_means'));
	}
	if (p.engaged && p.networks.includes('none'))
		add('peer_information', 'Votre collectivité n’est membre d’aucun réseau.');
	if (has('knowledge')) add('action_identification', obstacleReason('knowledge'));
	if (!p.engaged && p.startingActions.includes('unknown'))
		add('action_identification', 'Vous ne savez pas encore par quelle action commencer.');
	if (!p.engaged && p.startingActions.some((id) => id === 'twinning' || id === 'development_project'))
		add('partner_identification', 'Vous souhaitez nouer un premier partenariat avec une collectivité étrangère.');
	if (has('administrative')) add('legal_information', obstacleReason('administrative'));
	if (p.engaged && (p.odaDeclared === 'no' || p.odaDeclared === 'unknown')) {
		add(
			'oda_declaration',
			p.odaDeclared === 'no'
				? 'Vous ne déclarez pas votre aide publique au développement.'
				: 'Vous ne savez pas si votre collectivité déclare son aide publique au développement.'
		);
		if (hasForeignPartnership(p) || p.externalFunding.includes('meae'))
			add(
				'oda_declaration',
				'Cette déclaration est une condition des cofinancements du ministère des Affaires étrangères.'
			);
	}
	return found;
}

function priorityOf(score: number): NeedPriority {
	if (score >= 5) return 'high';
	if (score >= 3) return 'medium';
	return 'low';
}

export function matchNeeds(answers: Answers, placement: Placement): MatchedNeed[] {
	const p = readProfile(answers);
	const implied = impliedReasons(p);
	const declared = new Set(p.needs.filter((id): id is NeedId => id !== 'none'));
	const mainNeed = p.mainObstacle ? obstacleNeed[p.mainObstacle] : undefined;
	const typical = placement.kind === 'engaged' ? (modelNeeds[placement.main] ?? []) : [];

	const scored = needOrder
		.filter((id) => declared.has(id) || implied.has(id))
		.map((id) => {
			const reasons = [
				...(declared.has(id) ? ['Vous l’avez indiqué parmi vos besoins.'] : []),
				...(implied.get(id) ?? [])
			];
			if (placement.kind === 'engaged' && typical.includes(id))
				reasons.push(
					`C’est l’un des besoins des collectivités du modèle ${modelName(placement.main)} dans l’étude.`
				);
			let score = (declared.has(id) ? 3 : 0) + Math.min(implied.get(id)?.length ?? 0, 3);
			if (id === mainNeed) score += 2;
			if (id === 'oda_declaration' && p.externalFunding.includes('meae')) score += 2;
			return { id, score, reasons };
		});

	return scored
		.sort((a, b) => b.score - a.score || needOrder.indexOf(a.id) - needOrder.indexOf(b.id))
		.map(({ id, score, reasons }) => ({
			id,
			label: id === 'oda_declaration' ? odaLabel : labelOf(needOptions, id),
			declared: declared.has(id),
			reasons,
			priority: priorityOf(score)
		}));
}
