// The roadmap: concrete steps in three horizons, drawn from the placement's levers and from the
// best-ranked options. Authorities with no international action get a starting roadmap.
import { serviceCompetences, startingActions } from '../../content/options';
import type { SupportKind } from '../../content/supports/types';
import type { Answers } from '../../content/types';
import type { EngagedPlacement, Placement } from '../typology/types';
import { matchNeeds } from './needs';
import { readProfile, type Profile } from './profile';
import { labelOf, listFr, lowerFirst, modelName } from './text';
import type { Horizon, MatchedNeed, RankedOption, Roadmap, RoadmapLink, RoadmapStep } from './types';

function links(options: readonly RankedOption[]): RoadmapLink[] {
	return options.map(({ option }) => ({ id: option.id, name: option.shortName ?? option.name }));
}

function step(id: string, horizon: Horizon, title: string, detail: string, options: readonly RankedOption[] = []): RoadmapStep {
	return { id, horizon, title, detail, options: links(options) };
}

function pick(options: readonly RankedOption[], test: (r: RankedOption) => boolean, count: number): RankedOption[] {
	return options.filter(test).slice(0, count);
}

const ofKind = (...kinds: SupportKind[]) => (r: RankedOption) => kinds.includes(r.option.kind);
const byId = (...ids: string[]) => (r: RankedOption) => ids.includes(r.id);

/** First contact: the regional network, or national contacts where the territory has none. */
function contactStep(options: readonly RankedOption[]): RoadmapStep {
	const regional = options.filter((r) => r.regional);
	const first = regional[0];
	if (first)
		return step(
			'contact_network',
			'three_months',
			`Prendre rendez-vous avec ${first.option.shortName ?? first.option.name}`,
			'Présentez-lui ce diagnostic : il connaît les financements, les programmes collectifs et les collectivités de votre territoire.',
			regional
		);
	return step(
		'contact_network',
		'three_months',
		'Prendre contact avec un interlocuteur national',
		'Sans réseau régional identifié sur votre territoire, Cités Unies France et la délégation du ministère (DCTCIV) peuvent vous orienter.',
		pick(options, byId('cuf', 'dctciv_advice'), 2)
	);
}

function onePercentStep(p: Profile, options: readonly RankedOption[], horizon: Horizon): RoadmapStep | null {
	const onePercent = pick(options, (r) => r.option.eligibility.requiresCompetence !== undefined, 4);
	if (onePercent.length > 0 && !p.externalFunding.includes('one_percent')) {
		const competences = p.competences.filter((id) => id !== 'none' && id !== 'unknown').map((id) => lowerFirst(labelOf(serviceCompetences, id)));
		return step(
			'one_percent',
			horizon,
			'Proposer aux élus un « 1 % » de solidarité internationale',
			`Votre compétence (${listFr(competences)}) permet de consacrer par délibération une part du budget du service à la solidarité internationale.`,
			[...onePercent, ...pick(options, byId('ps_eau', 'one_percent_solidaires'), 2)]
		);
	}
	return null;
}

function engagedSteps(p: Profile, placement: EngagedPlacement, needs: readonly MatchedNeed[], options: readonly RankedOption[]): RoadmapStep[] {
	const needed = (id: string) => needs.some((n) => n.id === id);
	const funding = pick(options, (r) => r.option.kind === 'funding' && r.id !== 'oda_declaration' && !r.option.forLocalActors, 3);
	const levers = placement.trajectory?.levers ?? [];
	const steps: (RoadmapStep | null)[] = [
		contactStep(options),
		needed('oda_declaration')
			? step(
					'declare_oda',
					'three_months',
					'Déclarer votre aide publique au développement',
					'Recensez les dépenses de l’année passée (coopérations, subventions à des associations, « 1 % »…) et déclarez-les lors de la prochaine campagne : c’est une condition des cofinancements du ministère.',
					pick(options, byId('oda_declaration'), 1)
				)
			: null,
		step('share_with_council', 'three_months', 'Présenter ce diagnostic aux élus', 'Partagez cette feuille de route avec l’exécutif et l’élu référent pour retenir deux ou trois priorités pour l’année.'),
		needed('funding_information') && funding.length > 0
			? step('list_funding', 'three_months', 'Repérer les financements qui vous sont ouverts', 'Notez le calendrier de chacun sur sa page officielle : la plupart des appels ouvrent une fois par an.', funding)
			: null,
		needed('peer_information')
			? step('join_network', 'one_year', 'Rejoindre un réseau de collectivités', 'Échanger avec des collectivités qui agissent comme vous est le premier besoin après les financements (étude, section 5).', pick(options, (r) => r.option.kind === 'network', 3))
			: null,
		...levers.slice(0, 2).map((lever) => step(`lever_${lever.id}`, 'one_year', lever.label, lever.reason)),
		needed('project_design') || needed('technical_support')
			? step('project_support', 'one_year', 'Vous faire accompagner pour monter vos projets', 'Un appui extérieur compense l’absence d’équipe dédiée, le temps de structurer votre action.', pick(options, ofKind('support', 'programme'), 3))
			: null,
		funding[0] && !funding[0].option.forLocalActors
			? step('apply_funding', 'one_year', `Préparer une candidature : ${funding[0].option.shortName ?? funding[0].option.name}`, 'Montez le dossier avec votre partenaire et votre réseau régional, en suivant le calendrier publié sur la page officielle.', funding.slice(0, 1))
			: null,
		onePercentStep(p, options, 'one_year'),
		...levers.slice(2).map((lever) => step(`lever_${lever.id}`, 'three_years', lever.label, lever.reason)),
		p.budgetLine !== 'yes' && !levers.some((lever) => 'budget_line' in lever.changes)
			? step('budget_line', 'three_years', 'Inscrire une ligne budgétaire dédiée', 'Une ligne identifiée rend l’action lisible et facilite les cofinancements, qui demandent le plus souvent une part de la collectivité.')
			: null,
		p.evaluation.length === 0 || p.evaluation.includes('none')
			? step('evaluation', 'three_years', 'Suivre et évaluer vos actions', 'Quelques indicateurs partagés avec vos partenaires suffisent pour commencer, et préparent les comptes rendus que demandent les financeurs.', pick(options, byId('f3e'), 1))
			: null,
		p.communication === 'no'
			? step('communication', 'three_years', 'Faire connaître votre action aux habitants', 'Montrer ce que l’action extérieure apporte au territoire aide à la maintenir dans la durée (étude, conclusion).')
			: null,
		placement.trajectory && placement.trajectory.towards !== placement.main
			? step('towards_model', 'three_years', `Viser le modèle ${modelName(placement.trajectory.towards)}`, 'Les leviers ci-dessus sont ceux que l’étude associe au passage vers ce modèle.')
			: null
	];
	return steps.filter((s): s is RoadmapStep => s !== null);
}

function startingSteps(p: Profile, options: readonly RankedOption[]): RoadmapStep[] {
	const wants = (id: string) => p.startingActions.includes(id);
	const chosen = p.startingActions.filter((id) => id !== 'unknown').map((id) => lowerFirst(labelOf(startingActions, id)));
	const steps: (RoadmapStep | null)[] = [
		contactStep(options),
		step('share_with_council', 'three_months', 'Inscrire la démarche à l’ordre du jour des élus', 'Un premier échange en bureau ou en conseil donne un mandat clair et désigne un élu référent.'),
		chosen.length > 0
			? step('first_action', 'three_months', 'Préciser votre première action', `Vous pensez commencer par : ${listFr(chosen)}. Fixez un objectif simple et un budget, même modeste.`)
			: step('first_action', 'three_months', 'Choisir une première action avec votre réseau', 'La mobilité des jeunes est souvent une porte d’entrée, avant une coopération culturelle ou technique (étude, conclusion).'),
		wants('join_collective_programme') || p.obstacles.includes('human_means')
			? step('collective_programme', 'one_year', 'Rejoindre un programme collectif', 'Les programmes « Clés en main » permettent d’agir sans équipe dédiée ni partenaire formel.', pick(options, byId('dctciv_cles_en_main', 'one_percent_solidaires'), 2))
			: null,
		wants('youth_mobility')
			? step('youth_mobility', 'one_year', 'Lancer un premier projet de mobilité des jeunes', 'Associez la direction jeunesse et les associations : ce sont souvent elles qui portent les projets.', pick(options, byId('erasmus_youth', 'jsi_vvvsi', 'ofaj', 'france_volontaires', 'falep_corse'), 4))
			: null,
		wants('twinning') || wants('development_project')
			? step('first_partner', 'one_year', 'Trouver un premier partenaire à l’étranger', 'Partez des liens existants du territoire (associations, diasporas, établissements scolaires).', pick(options, byId('afccre', 'cuf', 'cerv_town_twinning', 'dcol'), 3))
			: null,
		wants('local_actor_support')
			? step('local_actors', 'one_year', 'Soutenir les associations du territoire', 'Un prêt de salle, une petite subvention ou un relais vers les dispositifs qui leur sont ouverts.', pick(options, (r) => r.option.forLocalActors === true, 2))
			: null,
		wants('one_percent') ? onePercentStep(p, options, 'one_year') : null,
		wants('one_percent') && !options.some((r) => r.option.eligibility.requiresCompetence)
			? step('one_percent_partner', 'one_year', 'Voir avec la structure compétente', 'Les « 1 % » sont ouverts à la structure qui exerce la compétence (syndicat d’eau, intercommunalité…) : proposez-lui de s’engager avec vous.')
			: null,
		step('formal_partnership', 'three_years', 'Formaliser un partenariat par une convention', 'Une convention avec une collectivité étrangère ouvre ensuite les appels à projets du ministère.'),
		step('declare_oda', 'three_years', 'Déclarer votre aide publique au développement dès les premières dépenses', 'La déclaration annuelle est obligatoire et conditionne les cofinancements du ministère.')
	];
	return steps.filter((s): s is RoadmapStep => s !== null);
}

const horizonOrder: readonly Horizon[] = ['three_months', 'one_year', 'three_years'];

export function buildRoadmap(
	answers: Answers,
	placement: Placement,
	options: readonly RankedOption[],
	needs: readonly MatchedNeed[] = matchNeeds(answers, placement)
): Roadmap {
	const p = readProfile(answers);
	const steps = placement.kind === 'starting' ? startingSteps(p, options) : engagedSteps(p, placement, needs, options);
	const sorted = horizonOrder.flatMap((horizon) => steps.filter((s) => s.horizon === horizon));
	return { kind: placement.kind, steps: sorted };
}
