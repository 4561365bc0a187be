// Answer categories of the ACTER study (questionnaire-acter.md), so that an authority can be
// compared with the study's figures without conversion. Section numbers refer to the study.
import type { Option } from './types';
import { UNKNOWN } from './types';

const unknownOption: Option = { id: UNKNOWN, label: 'Je ne sais pas', exclusive: true };

/** The eight kinds of authority the study uses (section 1). */
export const authorityTypes = [
	{ id: 'municipality', label: 'Commune ou ville' },
	{ id: 'community_of_communes', label: 'Communauté de communes' },
	{ id: 'agglomeration_community', label: 'Communauté d’agglomération' },
	{ id: 'urban_community', label: 'Communauté urbaine' },
	{ id: 'metropolis', label: 'Métropole' },
	{ id: 'department', label: 'Conseil départemental' },
	{ id: 'region', label: 'Conseil régional' },
	{ id: 'mixed_syndicate', label: 'Syndicat mixte' }
] as const satisfies readonly Option[];

export const respondentRoles = [
	{ id: 'elected', label: 'Élu ou élue' },
	{ id: 'civil_servant', label: 'Agent de la collectivité (fonctionnaire)' },
	{ id: 'contract_agent', label: 'Agent contractuel' }
] as const satisfies readonly Option[];

/** Population bands of sections 2 and 7. */
export const populationBands = [
	{ id: 'under_2k', label: 'Moins de 2 000 habitants' },
	{ id: '2k_5k', label: 'De 2 000 à 5 000 habitants' },
	{ id: '5k_10k', label: 'De 5 000 à 10 000 habitants' },
	{ id: '10k_50k', label: 'De 10 000 à 50 000 habitants' },
	{ id: '50k_100k', label: 'De 50 000 à 100 000 habitants' },
	{ id: '100k_500k', label: 'De 100 000 à 500 000 habitants' },
	{ id: '500k_1m', label: 'De 500 000 à 1 million d’habitants' },
	{ id: 'over_1m', label: 'Plus d’un million d’habitants' }
] as const satisfies readonly Option[];

export const yesNo = [
	{ id: 'yes', label: 'Oui' },
	{ id: 'no', label: 'Non' }
] as const satisfies readonly Option[];

export const yesNoUnknown = [...yesNo, unknownOption] as const;

export const seniorityBands = [
	{ id: 'under_3y', label: 'Moins de 3 ans' },
	{ id: '3_10y', label: 'De 3 à 10 ans' },
	{ id: '10_20y', label: 'De 10 à 20 ans' },
	{ id: 'over_20y', label: 'Plus de 20 ans' },
	unknownOption
] as const satisfies readonly Option[];

/** Sections 2, 4 and 6; the last four come from the typology. */
export const motivations = [
	{ id: 'international_solidarity', label: 'Participer à la solidarité internationale' },
	{ id: 'youth_mobility', label: 'Encourager la mobilité des jeunes' },
	{ id: 'attractiveness', label: 'Renforcer l’attractivité et le rayonnement du territoire' },
	{ id: 'openness', label: 'Contribuer à l’ouverture au monde des citoyens' },
	{ id: 'sdg', label: 'Contribuer à l’atteinte des objectifs de développement durable (ODD)' },
	{ id: 'social_cohesion', label: 'Renforcer la cohésion sociale et le vivre ensemble' },
	{ id: 'human_rights', label: 'Défendre les droits humains et lutter contre les inégalités' },
	{ id: 'cultural_diversity', label: 'Valoriser la diversité culturelle et les liens avec les migrations' },
	{ id: 'business_internationalisation', label: 'Accompagner l’internationalisation des entreprises' },
	{ id: 'shared_challenges', label: 'Relever ensemble des défis locaux et globaux (climat, transitions)' }
] as const satisfies readonly Option[];

/** The seven families of the study's summary table (section 3). */
export const actionFamilies = [
	{
		id: 'decentralised_cooperation',
		label: 'Coopérations décentralisées',
		hint: 'Jumelage, coopération transfrontalière, coopération au développement, projet européen'
	},
	{
		id: 'local_actor_support',
		label: 'Dispositifs de soutien aux acteurs du territoire',
		hint: 'Appels à projets, maison de l’international, financement, accompagnement, prêt de locaux ou de matériel'
	},
	{
		id: 'awareness',
		label: 'Sensibilisation et promotion de la solidarité internationale sur le territoire',
		hint: 'Événements, festival, éducation à la citoyenneté et à la solidarité internationale (ECSI)'
	},
	{
		id: 'mobility_support',
		label: 'Dispositifs d’appui à la mobilité internationale',
		hint: 'Financements, information, webinaires'
	},
	{ id: 'eu_funds', label: 'Gestion de fonds européens' },
	{
		id: 'local_government_networks',
		label: 'Participation à des réseaux nationaux ou internationaux de gouvernements locaux'
	},
	{ id: 'economic_promotion', label: 'Promotion économique et attractivité du territoire' }
] as const satisfies readonly Option[];

/** The forms of decentralised cooperation listed in the first family. */
export const cooperationForms = [
	{ id: 'twinning', label: 'Jumelage' },
	{ id: 'cross_border', label: 'Coopération transfrontalière' },
	{ id: 'development_cooperation', label: 'Coopération au développement' },
	{ id: 'european_project', label: 'Participation à un projet européen' },
	{
		id: 'institutional_partnership',
		label: 'Partenariat institutionnel (de région à région, de métropole à métropole…)'
	}
] as const satisfies readonly Option[];

/** Kinds of cooperation (section 2), with the technical and peer forms the typology names. */
export const cooperationKinds = [
	{ id: 'development_aid', label: 'Aide au développement' },
	{ id: 'cultural', label: 'Coopération culturelle' },
	{ id: 'emergency', label: 'Aide d’urgence' },
	{ id: 'institutional_support', label: 'Appui institutionnel' },
	{ id: 'economic', label: 'Coopération économique' },
	{ id: 'technical', label: 'Coopération technique et renforcement de compétences' },
	{ id: 'peer_exchange', label: 'Échanges entre pairs (élus, agents)' },
	{ id: 'other', label: 'Autre' },
	{ id: 'none', label: 'Aucune : nous n’avons pas de partenaire à l’étranger', exclusive: true }
] as const satisfies readonly Option[];

/** How the authority acts: the « logique d'intervention » of each model (section 6). */
export const interventionModes = [
	{ id: 'material_aid', label: 'Aide matérielle, dons, actions ponctuelles peu coûteuses' },
	{ id: 'essential_services_works', label: 'Construction ou équipement pour l’accès aux services essentiels' },
	{
		id: 'service_network_structuring',
		label: 'Structuration de services publics chez le partenaire (eau, énergie, déchets…)'
	},
	{ id: 'skills_building', label: 'Renforcement de compétences et expertise technique' },
	{ id: 'heritage_exhibitions', label: 'Patrimoine, expositions, échanges culturels' },
	{ id: 'diaspora_events', label: 'Événements avec les associations de diasporas' },
	{ id: 'migrant_reception', label: 'Accueil de migrants ou de réfugiés' },
	{ id: 'youth_exchanges', label: 'Échanges éducatifs, stages, volontariat de jeunes' },
	{ id: 'global_citizenship_education', label: 'Éducation à la citoyenneté mondiale (ECSI)' },
	{ id: 'business_support', label: 'Conseil et accompagnement d’entreprises à l’international' },
	{ id: 'calls_for_projects', label: 'Appels à projets ou subventions pour les acteurs du territoire' }
] as const satisfies readonly Option[];

/** Support given to the territory's international-solidarity actors (section 2). */
export const actorSupportKinds = [
	{ id: 'calls_for_projects', label: 'Appels à projets' },
	{ id: 'operating_grants', label: 'Subventions de fonctionnement' },
	{ id: 'premises', label: 'Mise à disposition de locaux' },
	{ id: 'logistics', label: 'Soutien matériel et logistique' },
	{ id: 'events', label: 'Aide à l’organisation d’événements' },
	{ id: 'none', label: 'Aucun soutien aux acteurs', exclusive: true }
] as const satisfies readonly Option[];

/** Themes (sections 2, 4, 6); the study does not publish its exact list. */
export const themes = [
	{ id: 'culture_heritage', label: 'Culture et patrimoine' },
	{ id: 'water_sanitation', label: 'Eau et assainissement' },
	{ id: 'education', label: 'Éducation et ECSI' },
	{ id: 'sport', label: 'Sport' },
	{ id: 'tourism', label: 'Tourisme' },
	{ id: 'energy', label: 'Énergie' },
	{ id: 'biodiversity_environment', label: 'Biodiversité et environnement' },
	{ id: 'agriculture_food', label: 'Agriculture, pêche et souveraineté alimentaire' },
	{ id: 'health', label: 'Santé' },
	{ id: 'waste', label: 'Déchets' },
	{ id: 'youth_mobility', label: 'Jeunesse et mobilité' },
	{ id: 'economy_employment', label: 'Économie et emploi' },
	{ id: 'gender_equality', label: 'Égalité femmes-hommes' },
	{ id: 'human_rights_inclusion', label: 'Droits humains et inclusion' },
	{ id: 'migration', label: 'Migrations' },
	{ id: 'sustainable_development', label: 'Développement durable et territorial' },
	{ id: 'social_action', label: 'Action sociale' },
	{ id: 'emergency', label: 'Aide d’urgence' },
	{ id: 'mobility_transport', label: 'Mobilité et transports' },
	{ id: 'climate', label: 'Climat et transitions' }
] as const satisfies readonly Option[];

export const zones = [
	{ id: 'sub_saharan_africa', label: 'Afrique subsaharienne' },
	{ id: 'north_africa', label: 'Afrique du Nord (Maghreb, Égypte)' },
	{ id: 'europe', label: 'Europe' },
	{ id: 'north_america', label: 'Amérique du Nord' },
	{ id: 'latin_america_caribbean', label: 'Amérique latine et Caraïbes' },
	{ id: 'asia', label: 'Asie' },
	{ id: 'middle_east', label: 'Moyen-Orient' },
	{ id: 'oceania', label: 'Océanie' },
	{
		id: 'none',
		label: 'Aucune : notre action se mène en France (sensibilisation, accueil, mobilité…)',
		exclusive: true
	}
] as const satisfies readonly Option[];

export const riEuropeLinks = [
	{ id: 'close', label: 'Ils travaillent étroitement ensemble' },
	{ id: 'occasional', label: 'Ils collaborent ponctuellement' },
	{ id: 'none', label: 'Ils n’ont pas de lien' }
] as const satisfies readonly Option[];

export const steeringModes = [
	{ id: 'dedicated_elected', label: 'Une personne élue chargée des relations internationales' },
	{ id: 'other_elected', label: 'Une personne élue chargée d’autres thématiques' },
	{ id: 'commission', label: 'Une commission' },
	{ id: 'service', label: 'Un service de la collectivité' }
] as const satisfies readonly Option[];

/** Departments involved besides the international service (section 3 gives the first three). */
export const departmentsInvolved = [
	{ id: 'culture', label: 'Culture' },
	{ id: 'youth', label: 'Jeunesse' },
	{ id: 'general_management', label: 'Direction générale des services' },
	{ id: 'community_life', label: 'Vie associative' },
	{ id: 'education', label: 'Éducation' },
	{ id: 'sport', label: 'Sport' },
	{ id: 'economic_development', label: 'Développement économique' },
	{ id: 'environment_water', label: 'Environnement, eau, énergie, déchets' },
	{ id: 'social', label: 'Action sociale' },
	{ id: 'communication', label: 'Communication' },
	{ id: 'finance', label: 'Finances' },
	{ id: 'none', label: 'Aucune autre direction', exclusive: true }
] as const satisfies readonly Option[];

/** For authorities without an international service: who carries the work day to day. */
export const staffTime = [
	{ id: 'work_time', label: 'Oui, des agents y consacrent une partie de leur temps de travail' },
	{ id: 'volunteer', label: 'Oui, des agents y contribuent bénévolement' },
	{ id: 'no', label: 'Non : ce sont les élus, les comités ou les associations' }
] as const satisfies readonly Option[];

export const agentsOutsideService = [
	{ id: 'work_time', label: 'Oui, sur leur temps de travail' },
	{ id: 'volunteer', label: 'Oui, bénévolement' },
	{ id: 'no', label: 'Non' }
] as const satisfies readonly Option[];

export const delegationAnswers = [
	{ id: 'yes', label: 'Oui' },
	{ id: 'no', label: 'Non' },
	{ id: 'not_applicable', label: 'La collectivité ne mène pas ce type d’action' }
] as const satisfies readonly Option[];

/** The territory's actors the authority works with (sections 2 and 6: associations, diasporas, companies…). */
export const localActors = [
	{ id: 'solidarity_associations', label: 'Associations de solidarité internationale' },
	{ id: 'twinning_committees', label: 'Comités de jumelage' },
	{ id: 'diaspora_associations', label: 'Associations de diasporas' },
	{ id: 'schools', label: 'Écoles, collèges et lycées' },
	{ id: 'universities', label: 'Universités et organismes de recherche' },
	{ id: 'youth_organisations', label: 'Structures de jeunesse et d’éducation populaire' },
	{ id: 'companies', label: 'Entreprises, chambres consulaires, agences de développement' },
	{ id: 'public_utilities', label: 'Syndicats et opérateurs de services publics (eau, déchets, énergie)' },
	{ id: 'none', label: 'Aucun acteur du territoire', exclusive: true }
] as const satisfies readonly Option[];

export const frenchPartnerships = [
	{ id: 'lasting', label: 'Oui, des partenariats durables' },
	{ id: 'occasional', label: 'Oui, des partenariats ponctuels' },
	{ id: 'no', label: 'Non' }
] as const satisfies readonly Option[];

export const networks = [
	{ id: 'rrma', label: 'Le réseau régional multi-acteurs (RRMA) de ma région' },
	{ id: 'cuf', label: 'Cités Unies France (CUF)' },
	{ id: 'amf', label: 'Association des maires de France (AMF)' },
	{ id: 'intercommunalites_de_france', label: 'Intercommunalités de France (ex-AdCF)' },
	{ id: 'adf', label: 'Départements de France (ADF)' },
	{ id: 'regions_de_france', label: 'Régions de France' },
	{ id: 'afccre', label: 'AFCCRE (Conseil des communes et régions d’Europe)' },
	{ id: 'cooperation_commissions', label: 'Commissions de la coopération décentralisée' },
	{ id: 'international_networks', label: 'Réseaux internationaux (CGLU, villes durables, climat…)' },
	{ id: 'other', label: 'Autre réseau' },
	{ id: 'none', label: 'Aucun réseau', exclusive: true }
] as const satisfies readonly Option[];

export const supportProviders = [
	{ id: 'rrma', label: 'Le réseau régional multi-acteurs (RRMA)' },
	{ id: 'ps_eau', label: 'pS-Eau (Programme Solidarité Eau)' },
	{ id: 'cuf', label: 'Cités Unies France' },
	{ id: 'consultancy', label: 'Un cabinet de conseil' },
	{ id: 'f3e', label: 'Le F3E' },
	{ id: 'specialised_association', label: 'Une association spécialisée' },
	{ id: 'other', label: 'Autre' }
] as const satisfies readonly Option[];

/** Annual budget bands (sections 3 and 5). */
export const budgetBands = [
	{ id: 'under_10k', label: 'Moins de 10 000 €' },
	{ id: '10k_50k', label: 'De 10 000 à 50 000 €' },
	{ id: '50k_100k', label: 'De 50 000 à 100 000 €' },
	{ id: '100k_250k', label: 'De 100 000 à 250 000 €' },
	{ id: '250k_500k', label: 'De 250 000 à 500 000 €' },
	{ id: 'over_500k', label: 'Plus de 500 000 €' },
	unknownOption
] as const satisfies readonly Option[];

export const budgetTrends = [
	{ id: 'strong_increase', label: 'Forte hausse' },
	{ id: 'slight_increase', label: 'Légère hausse' },
	{ id: 'stable', label: 'Stable' },
	{ id: 'slight_decrease', label: 'Légère baisse' },
	{ id: 'strong_decrease', label: 'Forte baisse' },
	unknownOption
] as const satisfies readonly Option[];

export const fundingSources = [
	{ id: 'meae', label: 'Ministère de l’Europe et des Affaires étrangères (DCTCIV, ex-DAECT)' },
	{ id: 'eu', label: 'Union européenne' },
	{ id: 'water_agencies', label: 'Agences de l’eau' },
	{ id: 'afd_ficol', label: 'AFD : facilité FICOL' },
	{ id: 'afd_other', label: 'AFD : autre financement' },
	{ id: 'one_percent', label: 'Dispositifs « 1 % » (eau et assainissement, énergie, déchets, mobilité)' },
	{ id: 'youth_ministry', label: 'Ministère chargé de la jeunesse' },
	{ id: 'other_authorities', label: 'Autres collectivités (région, département…)' },
	{ id: 'foundations_companies', label: 'Fondations et entreprises' },
	{ id: 'multilateral', label: 'Bailleurs multilatéraux' },
	{ id: 'none', label: 'Aucun financement externe', exclusive: true }
] as const satisfies readonly Option[];

/** The ministry's instruments (dispositifs.md §6): what « MEAE » covered, to say « déjà obtenu » precisely. */
export const ministryInstruments = [
	{ id: 'general_call', label: 'L’appel à projets généraliste' },
	{ id: 'thematic_call', label: 'Un appel à projets thématique (patrimoine, sport, égalité…)' },
	{ id: 'youth_call', label: 'L’appel à projets « Jeunesse »' },
	{ id: 'joint_fund', label: 'Un fonds conjoint avec un pays (Maroc, Sénégal, Liban…)' },
	{ id: 'cles_en_main', label: 'Un programme « Clés en main »' },
	{ id: 'other', label: 'Un autre soutien du ministère' },
	unknownOption
] as const satisfies readonly Option[];

/** The European programmes behind an « Union européenne » funding. */
export const euProgrammes = [
	{ id: 'cerv', label: 'CERV (jumelages ou réseaux de villes)' },
	{ id: 'erasmus', label: 'Erasmus+' },
	{ id: 'interreg', label: 'Interreg' },
	{ id: 'structural_funds', label: 'Autres fonds européens (FEDER, FSE+…)' },
	{ id: 'other', label: 'Un autre programme européen' },
	unknownOption
] as const satisfies readonly Option[];

export const evaluationPractices = [
	{ id: 'partner_monitoring', label: 'Outils de suivi avec les partenaires' },
	{ id: 'steering_committees', label: 'Comités de pilotage' },
	{ id: 'internal_reporting', label: 'Reporting interne' },
	{ id: 'surveys', label: 'Questionnaires' },
	{ id: 'field_visits', label: 'Visites de terrain' },
	{ id: 'external_evaluation', label: 'Évaluation externe' },
	{ id: 'none', label: 'Aucune pratique d’évaluation', exclusive: true }
] as const satisfies readonly Option[];

/** Obstacles (sections 5 and 7). */
export const obstacles = [
	{ id: 'financial_means', label: 'Le manque de moyens financiers' },
	{ id: 'human_means', label: 'Le manque de moyens humains' },
	{ id: 'other_priorities', label: 'D’autres priorités politiques' },
	{ id: 'crises', label: 'Les crises et contextes géopolitiques' },
	{ id: 'funding_information', label: 'Le manque d’informations sur les dispositifs d’aide' },
	{ id: 'knowledge', label: 'Le manque de connaissance de l’action internationale' },
	{ id: 'administrative', label: 'Des freins administratifs' }
] as const satisfies readonly Option[];

/** Needs (sections 5 and 7). */
export const needs = [
	{ id: 'funding_information', label: 'Des informations sur les dispositifs de financement' },
	{ id: 'project_design', label: 'Un soutien au montage de projets' },
	{ id: 'peer_information', label: 'Des informations sur les actions menées par d’autres collectivités' },
	{ id: 'action_identification', label: 'Une aide pour identifier les actions à mettre en œuvre' },
	{ id: 'partner_identification', label: 'Une aide pour identifier des partenaires internationaux' },
	{ id: 'legal_information', label: 'L’accès à des informations législatives et réglementaires' },
	{ id: 'technical_support', label: 'Un appui technique' },
	{ id: 'none', label: 'Aucun besoin particulier', exclusive: true }
] as const satisfies readonly Option[];

/** Service competences that open the « 1 % » mechanisms. */
export const serviceCompetences = [
	{ id: 'water', label: 'Eau potable' },
	{ id: 'sanitation', label: 'Assainissement' },
	{ id: 'waste', label: 'Collecte ou traitement des déchets ménagers' },
	{ id: 'energy', label: 'Distribution publique d’électricité ou de gaz' },
	{ id: 'mobility', label: 'Organisation de la mobilité (autorité organisatrice)' },
	{ id: 'none', label: 'Aucune de ces compétences', exclusive: true },
	unknownOption
] as const satisfies readonly Option[];

/** What an authority with no international action would like to start with (section 7). */
export const startingActions = [
	{ id: 'twinning', label: 'Un jumelage ou un premier partenariat avec une collectivité étrangère' },
	{ id: 'development_project', label: 'Un projet de solidarité internationale avec un partenaire' },
	{ id: 'local_actor_support', label: 'Soutenir les associations du territoire engagées à l’international' },
	{ id: 'awareness', label: 'Des événements de sensibilisation et d’ouverture au monde' },
	{ id: 'youth_mobility', label: 'La mobilité internationale des jeunes' },
	{ id: 'one_percent', label: 'Un « 1 % » sur un service public (eau, déchets, énergie, mobilité)' },
	{ id: 'join_collective_programme', label: 'Rejoindre un programme collectif avec d’autres collectivités' },
	{ id: UNKNOWN, label: 'Je ne sais pas encore', exclusive: true }
] as const satisfies readonly Option[];
