// How the authority acts (« Logique d’intervention » of the synthesis table, and each model's
// « Type d’actions »): one trait, read through the five questions that describe actions.
import { optionRule } from './build';
import { s6, table } from './quotes';
import type { StudyQuote, TypologyRule } from './rule-types';

const act = (
	questionId: string,
	option: string,
	weights: TypologyRule['weights'],
	reason: string,
	...sources: StudyQuote[]
) => optionRule('intervention', questionId, option, weights, reason, sources);

const formalised = s6('Leurs actions se caractérisent par des coopérations décentralisées formalisées');
const technical = table('Coopération technique : renforcement de compétences');
const peers = s6('coopération technique favorisant les échanges entre pairs');
const actorSupport = s6('en passant par le soutien aux acteurs territoriaux (AAP et/ou subventions)');

export const interventionRules: readonly TypologyRule[] = [
	act(
		'intervention_modes',
		'material_aid',
		{ humanis: 3 },
		'L’aide matérielle et les actions ponctuelles peu coûteuses sont la manière des HUMANIS.',
		s6('des actions ponctuelles nécessitant peu de ressources, incluant la fourniture d’aide matérielle')
	),
	act(
		'intervention_modes',
		'essential_services_works',
		{ humanis: 3 },
		'Construire ou équiper pour l’accès aux services essentiels est la manière des HUMANIS.',
		s6(
			'les HUMANIS favorisent l’accès aux services essentiels par le biais de la construction ou de l’achat de matériel'
		)
	),
	act(
		'intervention_modes',
		'service_network_structuring',
		{ climapart: 3 },
		'Structurer les réseaux de services essentiels chez le partenaire est la manière des CLIMAPART.',
		s6('les CLIMAPART contribuent à la structuration des réseaux de services essentiels')
	),
	act(
		'intervention_modes',
		'skills_building',
		{ climapart: 3, astre: 1 },
		'Le renforcement de compétences caractérise les coopérations des CLIMAPART ; les ASTRE mènent des échanges techniques entre pairs.',
		technical,
		peers
	),
	act(
		'intervention_modes',
		'heritage_exhibitions',
		{ cosmin: 3 },
		'Patrimoine et expositions sont la manière des COSMIN.',
		table('Jumelages, patrimoine, Expositions')
	),
	act(
		'intervention_modes',
		'diaspora_events',
		{ cosmin: 3 },
		'Les événements avec les associations de diasporas sont propres aux COSMIN.',
		s6('Elle organise des événements en lien avec les associations de diasporas du territoire')
	),
	act(
		'intervention_modes',
		'migrant_reception',
		{ cosmin: 3 },
		'L’accueil et l’intégration des migrants relèvent des COSMIN.',
		s6('des initiatives visant à tisser des liens sociaux et à favoriser l’intégration des migrants')
	),
	act(
		'intervention_modes',
		'youth_exchanges',
		{ cimob: 3 },
		'Échanges éducatifs, stages et volontariat de jeunes sont le cœur des CIMOB.',
		s6('la facilitation de la mobilité des jeunes à travers des échanges éducatifs et des programmes de stage')
	),
	act(
		'intervention_modes',
		'global_citizenship_education',
		{ cimob: 2, astre: 1, climapart: 1 },
		'L’éducation à la citoyenneté mondiale est centrale chez les CIMOB ; les ASTRE et les CLIMAPART en mènent aussi.',
		s6('le volontariat et l’éducation à la citoyenneté mondiale'),
		s6('aux actions d’ECSI'),
		s6('avec des initiatives de sensibilisation et de promotion de la coopération')
	),
	act(
		'intervention_modes',
		'business_support',
		{ astre: 3 },
		'Conseiller et accompagner les entreprises à l’international est propre aux ASTRE.',
		s6('offrant conseils et accompagnement aux entreprises pour leur développement international')
	),
	act(
		'intervention_modes',
		'calls_for_projects',
		{ astre: 2, climapart: 1 },
		'Appels à projets et subventions aux acteurs du territoire : une pratique des ASTRE, et des CLIMAPART.',
		actorSupport,
		table('Soutien des acteurs du territoire')
	),

	act(
		'cooperation_forms',
		'twinning',
		{ humanis: 2, cosmin: 2 },
		'Les jumelages portent l’action des HUMANIS et des COSMIN.',
		s6('Les actions entreprises se manifestent principalement par des partenariats de jumelage'),
		s6('Leurs actions se matérialisent par l’établissement de partenariats de jumelage')
	),
	act(
		'cooperation_forms',
		'development_cooperation',
		{ climapart: 2, humanis: 1 },
		'Une coopération au développement formalisée est la marque des CLIMAPART ; les HUMANIS aident aussi les pays en développement.',
		formalised,
		s6('se concentrent principalement sur l’assistance et l’aide aux pays en développement')
	),
	act(
		'cooperation_forms',
		'cross_border',
		{ cimob: 2 },
		'Le transfrontalier est le terrain des CIMOB.',
		s6('Leurs zones d’intervention sont principalement transfrontalières ou européennes')
	),

	act(
		'cooperation_kinds',
		'development_aid',
		{ humanis: 2 },
		'L’aide aux pays en développement est l’approche des HUMANIS.',
		s6('se concentrent principalement sur l’assistance et l’aide aux pays en développement')
	),
	act(
		'cooperation_kinds',
		'cultural',
		{ cosmin: 2, cimob: 1 },
		'La coopération culturelle est celle des COSMIN ; la CIMOB-type en a une aussi.',
		s6('Ce qui les distingue des COSMIN qui investissent plus le champ culturel et la diversité sociale'),
		s6('Elle a une coopération culturelle en Allemagne')
	),
	act(
		'cooperation_kinds',
		'emergency',
		{ humanis: 1, cosmin: 1 },
		'L’aide d’urgence est citée chez les HUMANIS et chez la COSMIN-type.',
		s6('des actions sociales en cas d’urgence'),
		s6('Elle a aussi mobilisé une aide d’urgence pour l’Ukraine')
	),
	act(
		'cooperation_kinds',
		'technical',
		{ climapart: 3, astre: 2 },
		'La coopération technique est la marque des CLIMAPART, et des échanges de l’ASTRE-type.',
		technical,
		peers
	),
	act(
		'cooperation_kinds',
		'institutional_support',
		{ climapart: 1, astre: 1 },
		'L’appui institutionnel renforce les capacités, comme chez les CLIMAPART et les ASTRE.',
		technical,
		s6('renforcer les capacités internes des collectivités')
	),
	act(
		'cooperation_kinds',
		'economic',
		{ astre: 3 },
		'La coopération économique sert le rayonnement recherché par les ASTRE.',
		s6('Elles mènent aussi des actions de promotion économique')
	),
	act(
		'cooperation_kinds',
		'peer_exchange',
		{ astre: 2 },
		'Les échanges entre pairs sont une manière des ASTRE.',
		peers
	),

	{
		id: 'action_families.no_decentralised_cooperation',
		trait: 'intervention',
		questionId: 'action_families',
		match: { noneOf: ['decentralised_cooperation'], answerLabel: 'Pas de coopération décentralisée' },
		weights: { cimob: 2 },
		reason: 'Agir sans coopération décentralisée formelle est fréquent chez les CIMOB.',
		sources: [s6('souvent sans coopération décentralisée formelle')]
	},
	act(
		'action_families',
		'mobility_support',
		{ cimob: 3 },
		'Les dispositifs d’appui à la mobilité sont le cœur des CIMOB.',
		s6('la facilitation de la mobilité des jeunes à travers des échanges éducatifs et des programmes de stage')
	),
	act(
		'action_families',
		'economic_promotion',
		{ astre: 3 },
		'La promotion économique et l’attractivité sont propres aux ASTRE.',
		s6('Elles mènent aussi des actions de promotion économique')
	),
	act(
		'action_families',
		'local_actor_support',
		{ climapart: 1, astre: 1 },
		'Soutenir les acteurs du territoire est une pratique des CLIMAPART et des ASTRE.',
		table('Soutien des acteurs du territoire'),
		actorSupport
	),
	act(
		'action_families',
		'awareness',
		{ climapart: 1, cimob: 1 },
		'La sensibilisation sur le territoire accompagne les CLIMAPART et les CIMOB.',
		s6('avec des initiatives de sensibilisation et de promotion de la coopération'),
		s6('avec des actions de sensibilisation et de soutien à la solidarité internationale')
	),

	act(
		'actor_support',
		'none',
		{ humanis: 1 },
		'La HUMANIS-type ne soutient pas financièrement les acteurs de son territoire.',
		s6('La collectivité ne soutient pas financièrement d’acteurs')
	),
	act(
		'actor_support',
		'premises',
		{ cosmin: 1 },
		'Prêter des locaux aux associations est une pratique de la COSMIN-type.',
		s6('elle met à disposition des associations des locaux et du matériel')
	),
	act(
		'actor_support',
		'logistics',
		{ cosmin: 1 },
		'Prêter du matériel aux associations est une pratique de la COSMIN-type.',
		s6('elle met à disposition des associations des locaux et du matériel')
	),
	act(
		'actor_support',
		'calls_for_projects',
		{ astre: 2, climapart: 1 },
		'Un appel à projets pour les acteurs du territoire est une pratique de l’ASTRE-type, et des CLIMAPART.',
		s6('Elle organise un AAP projet pour soutenir l’internationalisation des acteurs du territoire'),
		table('Soutien des acteurs du territoire')
	),
	act(
		'actor_support',
		'operating_grants',
		{ climapart: 1, astre: 1 },
		'Subventionner les acteurs locaux relève du soutien actif des CLIMAPART, et des ASTRE.',
		s6('la collectivité territoriale apporte un soutien actif aux acteurs locaux'),
		actorSupport
	)
];
