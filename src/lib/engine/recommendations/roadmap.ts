// The roadmap: concrete steps in three horizons, drawn from the consolidation levers and from the
// options the authority can use. Never a step towards another model (those are the directions, a
// choice for its elected officials), never two steps with one purpose, never an option it cannot use.
import { definite } from '../../content/grammar';
import { serviceCompetences, startingActions } from '../../content/options';
import { consolidationLevers } from '../../content/levers/consolidate';
import { listFr } from '../french';
import type { Paths } from './types';
import { hasForeignPartnership, hasTeam, type Profile } from './profile';
import { linkTo } from './paths';
import { labelOf, lowerFirst, quotedFr } from './text';
import type { Horizon, MatchedNeed, RankedOption, Roadmap, RoadmapStep } from './types';

function links(options: readonly RankedOption[]) {
	return options.map((r) => linkTo(r.id));
}

function step(
	id: string,
	horizon: Horizon,
	title: string,
	detail: string,
	options: readonly RankedOption[] = []
): RoadmapStep {
	return { id, horizon, title, detail, options: links(options) };
}

/** Options it can use for sure (not those to be checked), in rank order. */
const usable = (options: readonly RankedOption[]) => options.filter((r) => r.status === 'eligible');
const pick = (options: readonly RankedOption[], test: (r: RankedOption) => boolean, count: number) =>
	usable(options).filter(test).slice(0, count);
const byId =
	(...ids: string[]) =>
	(r: RankedOption) =>
		ids.includes(r.id);

/**
 * Help to design a project, in the order of what each offers for it: an expert made available (DCOL), a collective
 * programme that carries the project, a network's advice on building one, methods and evaluation (F3E).
 */
const projectSupport = ['dcol', 'dctciv_cles_en_main', 'cuf', 'f3e'];

function projectSupportOptions(options: readonly RankedOption[]): RankedOption[] {
	return pick(options, byId(...projectSupport), projectSupport.length)
		.sort((a, b) => projectSupport.indexOf(a.id) - projectSupport.indexOf(b.id))
		.slice(0, 3);
}

/** First contact: the regional network, the nearest one, or national contacts where there is none. */
function contactStep(options: readonly RankedOption[]): RoadmapStep {
	const [network] = pick(options, (r) => r.regional, 1);
	if (network)
		return step(
			'contact_network',
			'three_months',
			`Prendre rendez-vous avec ${definite(network.option.mention)}`,
			'Présentez-lui ce diagnostic : il connaît les financements, les programmes collectifs et les collectivités de votre territoire.',
			[network]
		);
	return step(
		'contact_network',
		'three_months',
		'Prendre contact avec un interlocuteur national',
		'Sans réseau régional identifié sur votre territoire, Cités Unies France et la délégation du ministère (DCTCIV) peuvent vous orienter.',
		pick(options, byId('cuf', 'dctciv_advice'), 2)
	);
}

/** Who builds the application with the authority: only a partner it has, only a network it has (or the nearest). */
function applicationDetail(p: Profile, options: readonly RankedOption[]): string {
	const [network] = pick(options, (r) => r.regional, 1);
	const withWhom = [
		hasForeignPartnership(p) ? 'votre partenaire' : '',
		network ? definite(network.option.mention) : ''
	].filter(Boolean);
	const calendar = 'en suivant le calendrier publié sur la page officielle';
	return withWhom.length > 0
		? `Montez le dossier avec ${listFr(withWhom)}, ${calendar}.`
		: `Montez le dossier ${calendar}.`;
}

/** The consolidation levers as steps, at the horizon their content gives. */
function leverSteps(paths: Paths): RoadmapStep[] {
	return paths.consolidate.map((lever) => {
		const horizon = consolidationLevers.find((spec) => spec.id === lever.id)?.horizon ?? 'one_year';
		return { id: `lever_${lever.id}`, horizon, title: lever.label, detail: lever.reason, options: lever.options };
	});
}

const competenceIds = ['water', 'sanitation', 'waste', 'energy', 'mobility'];

function competenceSteps(p: Profile, options: readonly RankedOption[]): RoadmapStep[] {
	const onePercent = pick(options, (r) => r.option.eligibility.requires.some((req) => req.kind === 'competence'), 4);
	if (onePercent.length > 0 && !p.externalFunding.includes('one_percent')) {
		const held = p.competences
			.filter((id) => competenceIds.includes(id))
			.map((id) => lowerFirst(labelOf(serviceCompetences, id)));
		// quotes, not brackets, around each label: a label may hold its own (« mobilité (autorité organisatrice) »)
		const [yours, allow, budget] =
			held.length > 1
				? ['Vos compétences', 'permettent', 'de chaque service']
				: ['Votre compétence', 'permet', 'du service'];
		return [
			step(
				'one_percent',
				'one_year',
				'Proposer aux élus un « 1 % » de solidarité internationale',
				`${yours} ${quotedFr(held)} ${allow} de consacrer par délibération une part du budget ${budget} à la solidarité internationale, à déclarer ensuite dans votre aide publique au développement.`,
				[...onePercent, ...pick(options, byId('ps_eau', 'one_percent_solidaires'), 2)]
			)
		];
	}
	if (p.competences.includes('unknown'))
		return [
			step(
				'check_competences',
				'three_months',
				'Vérifier les compétences de service public de votre collectivité',
				'Demandez à votre service ou à votre intercommunalité qui exerce l’eau, l’assainissement, les déchets, l’énergie et la mobilité : certaines de ces compétences permettent de financer des actions de solidarité sur le budget du service.'
			)
		];
	return [];
}

function engagedSteps(
	p: Profile,
	needs: readonly MatchedNeed[],
	options: readonly RankedOption[],
	paths: Paths
): RoadmapStep[] {
	const needed = (id: string) => needs.some((n) => n.id === id);
	// calls to apply to: a « 1 % » is the elected officials' decision, proposed in its own step
	const funding = pick(
		options,
		(r) =>
			r.specific &&
			r.option.kind === 'funding' &&
			r.id !== 'oda_declaration' &&
			!r.option.forLocalActors &&
			!r.option.byDeliberation,
		3
	);
	const support = projectSupportOptions(options);
	const steps: (RoadmapStep | null)[] = [
		contactStep(options),
		step(
			'share_with_council',
			'three_months',
			'Présenter ce diagnostic aux élus',
			'Partagez cette feuille de route avec l’exécutif et l’élu référent pour retenir deux ou trois priorités pour l’année.'
		),
		needed('funding_information') && funding.length > 0
			? step(
					'list_funding',
					'three_months',
					'Repérer les financements qui vous sont ouverts',
					'Notez le calendrier de chacun sur sa page officielle : la plupart des appels ouvrent une fois par an.',
					funding
				)
			: null,
		...competenceSteps(p, options),
		...leverSteps(paths),
		(needed('project_design') || needed('technical_support')) && support.length > 0
			? step(
					'project_support',
					'one_year',
					'Vous faire accompagner pour monter vos projets',
					hasTeam(p)
						? 'Une expertise extérieure complète le travail de votre équipe sur les projets les plus lourds.'
						: 'Un appui extérieur aide à monter les projets quand personne n’y travaille à plein temps.',
					support
				)
			: null,
		funding[0]
			? step(
					'apply_funding',
					'one_year',
					`Préparer une candidature : ${funding[0].option.shortName ?? funding[0].option.name}`,
					applicationDetail(p, options),
					funding.slice(0, 1)
				)
			: null
	];
	return steps.filter((s): s is RoadmapStep => s !== null);
}

function startingSteps(p: Profile, options: readonly RankedOption[]): RoadmapStep[] {
	const wants = (id: string) => p.startingActions.includes(id);
	const chosen = p.startingActions
		.filter((id) => id !== 'unknown')
		.map((id) => lowerFirst(labelOf(startingActions, id)));
	const collective = pick(options, byId('dctciv_cles_en_main', 'one_percent_solidaires'), 2);
	const youth = pick(options, byId('erasmus_youth', 'jsi_vvvsi', 'ofaj', 'france_volontaires', 'falep_corse'), 4);
	const partners = pick(options, byId('afccre', 'cuf', 'cerv_town_twinning'), 3);
	const steps: (RoadmapStep | null)[] = [
		contactStep(options),
		step(
			'share_with_council',
			'three_months',
			'Inscrire la démarche à l’ordre du jour des élus',
			'Un premier échange en bureau ou en conseil donne un mandat clair et désigne un élu référent.'
		),
		chosen.length > 0
			? step(
					'first_action',
					'three_months',
					'Préciser votre première action',
					`Vous pensez commencer par : ${listFr(chosen)}. Fixez un objectif simple et un budget, même modeste.`
				)
			: step(
					'first_action',
					'three_months',
					// « votre réseau » only where there is one
					pick(options, (r) => r.regional, 1).length > 0
						? 'Choisir une première action avec votre réseau'
						: 'Choisir une première action',
					'Beaucoup de collectivités commencent par la mobilité des jeunes ou par un jumelage, avant une coopération culturelle ou technique.'
				),
		(wants('join_collective_programme') || p.obstacles.includes('human_means')) && collective.length > 0
			? step(
					'collective_programme',
					'one_year',
					'Rejoindre un programme collectif',
					'Les programmes mutualisés permettent d’agir sans équipe à plein temps, avec d’autres collectivités.',
					collective
				)
			: null,
		wants('youth_mobility') && youth.length > 0
			? step(
					'youth_mobility',
					'one_year',
					'Lancer un premier projet de mobilité des jeunes',
					'Associez la direction jeunesse et les associations : ce sont souvent elles qui portent les projets.',
					youth
				)
			: null,
		wants('twinning') || wants('development_project')
			? step(
					'first_partner',
					'one_year',
					'Trouver un premier partenaire à l’étranger',
					'Partez des liens existants du territoire : associations, diasporas, établissements scolaires.',
					partners
				)
			: null,
		wants('local_actor_support')
			? step(
					'local_actors',
					'one_year',
					'Soutenir les associations du territoire',
					'Un prêt de salle, une petite subvention ou un relais vers les dispositifs qui leur sont ouverts.',
					pick(options, (r) => r.option.forLocalActors === true, 2)
				)
			: null,
		...(wants('one_percent') ? competenceSteps(p, options) : []),
		wants('one_percent') && p.competences.includes('none')
			? step(
					'one_percent_partner',
					'one_year',
					'Voir avec la structure qui exerce la compétence',
					'Un syndicat d’eau ou de déchets, ou votre intercommunalité, peut consacrer une part du budget de son service à la solidarité internationale : proposez-lui de s’engager avec vous.'
				)
			: null,
		step(
			'formal_partnership',
			'three_years',
			'Formaliser un partenariat par une convention',
			'Une convention signée avec une collectivité étrangère, et votée par vos élus, est la base de toute demande de cofinancement au ministère.'
		),
		step(
			'declare_oda',
			'three_years',
			'Déclarer votre aide publique au développement dès les premières dépenses',
			'Dès que votre collectivité finance de l’aide au développement (un projet avec un pays bénéficiaire, une subvention à une association de solidarité, une action de sensibilisation…), la déclaration annuelle est obligatoire ; elle conditionne aussi les cofinancements du ministère.'
		)
	];
	return steps.filter((s): s is RoadmapStep => s !== null);
}

const horizonOrder: readonly Horizon[] = ['three_months', 'one_year', 'three_years'];

export function buildRoadmap(
	p: Profile,
	needs: readonly MatchedNeed[],
	options: readonly RankedOption[],
	paths: Paths
): Roadmap {
	const steps = p.engaged ? engagedSteps(p, needs, options, paths) : startingSteps(p, options);
	const sorted = horizonOrder.flatMap((horizon) => steps.filter((s) => s.horizon === horizon));
	return { kind: p.engaged ? 'engaged' : 'starting', steps: sorted };
}
