// Orientation, how the authority acts: the « logique d'intervention » of each model in typologie.md.
import type { TypologyRule } from './rule-types';

const tick = (
	questionId: string,
	option: string,
	weights: TypologyRule['weights'],
	reason: string,
	source: string
): TypologyRule => ({ id: `${questionId}.${option}`, axis: 'orientation', questionId, match: { option }, weights, reason, source });

const logic = 'typologie.md — logique d’intervention';

export const actionRules: readonly TypologyRule[] = [
	tick('intervention_modes', 'material_aid', { humanis: 3 }, 'L’aide matérielle et les actions ponctuelles peu coûteuses sont typiques des HUMANIS.', `${logic} : HUMANIS « actions ponctuelles peu coûteuses, aide matérielle »`),
	tick('intervention_modes', 'essential_services_works', { humanis: 3 }, 'Construire ou équiper pour l’accès aux services essentiels est la manière HUMANIS.', 'typologie.md — thématiques : HUMANIS « services essentiels (par construction ou achat de matériel) »'),
	tick('intervention_modes', 'service_network_structuring', { climapart: 3 }, 'Structurer les services publics du partenaire (eau, énergie, déchets) est la manière CLIMAPART.', 'typologie.md — thématiques : CLIMAPART « structuration des réseaux de services essentiels »'),
	tick('intervention_modes', 'skills_building', { climapart: 2, astre: 1 }, 'Le renforcement de compétences caractérise les CLIMAPART, et les échanges des ASTRE.', `${logic} : CLIMAPART « coopération technique et renforcement de compétences »`),
	tick('intervention_modes', 'heritage_exhibitions', { cosmin: 3 }, 'Patrimoine, expositions et échanges culturels sont typiques des COSMIN.', `${logic} : COSMIN « patrimoine, expositions »`),
	tick('intervention_modes', 'diaspora_events', { cosmin: 3 }, 'Les événements avec les diasporas du territoire sont propres aux COSMIN.', `${logic} : COSMIN « événements avec les diasporas »`),
	tick('intervention_modes', 'migrant_reception', { cosmin: 3 }, 'L’accueil de migrants relève de l’approche COSMIN.', `${logic} : COSMIN « accueil de migrants »`),
	tick('intervention_modes', 'youth_exchanges', { cimob: 3 }, 'Échanges éducatifs, stages et volontariat de jeunes sont le cœur des CIMOB.', `${logic} : CIMOB « échanges éducatifs, stages, volontariat »`),
	tick('intervention_modes', 'global_citizenship_education', { cimob: 2, astre: 1 }, 'L’éducation à la citoyenneté mondiale est centrale chez les CIMOB, présente chez les ASTRE.', `${logic} : CIMOB « ECSI » ; ASTRE « ECSI »`),
	tick('intervention_modes', 'business_support', { astre: 3 }, 'Conseiller les entreprises à l’international est propre aux ASTRE.', `${logic} : ASTRE « conseil et accompagnement des entreprises »`),
	tick('intervention_modes', 'calls_for_projects', { astre: 2, climapart: 1 }, 'Les appels à projets pour les acteurs du territoire sont un outil ASTRE, et CLIMAPART.', `${logic} : ASTRE « AAP ou subventions aux acteurs » ; CLIMAPART « soutien aux acteurs du territoire »`),

	tick('cooperation_kinds', 'development_aid', { humanis: 1, climapart: 1 }, 'L’aide au développement se retrouve chez les HUMANIS et les CLIMAPART.', 'typologie.md — zones et thématiques : HUMANIS et CLIMAPART tournés vers l’Afrique'),
	tick('cooperation_kinds', 'cultural', { cosmin: 2, cimob: 1 }, 'La coopération culturelle est typique des COSMIN ; la CIMOB-type en a une aussi.', 'typologie.md — thématiques : COSMIN « culture, patrimoine » ; profil CIMOB « coopération culturelle en Allemagne »'),
	tick('cooperation_kinds', 'emergency', { humanis: 1, cosmin: 1 }, 'L’aide d’urgence est citée chez les HUMANIS et chez la COSMIN-type (Ukraine).', 'typologie.md — thématiques : HUMANIS « urgence » ; profil COSMIN « aide d’urgence pour l’Ukraine »'),
	tick('cooperation_kinds', 'institutional_support', { climapart: 1, astre: 1 }, 'L’appui institutionnel suppose une coopération entre administrations, comme chez les CLIMAPART et les ASTRE.', `${logic} : CLIMAPART « coopération technique » ; ASTRE « échanges entre pairs »`),
	tick('cooperation_kinds', 'economic', { astre: 2 }, 'La coopération économique sert le rayonnement recherché par les ASTRE.', `${logic} : ASTRE « promotion économique »`),
	tick('cooperation_kinds', 'technical', { climapart: 2, astre: 1 }, 'La coopération technique est la marque des CLIMAPART, que pratiquent aussi les ASTRE.', `${logic} : CLIMAPART « coopération technique » ; profil ASTRE « coopération technique entre pairs »`),
	tick('cooperation_kinds', 'peer_exchange', { astre: 2, climapart: 1 }, 'Les échanges entre pairs sont au cœur des ASTRE.', `${logic} : ASTRE « échanges entre pairs »`),

	tick('cooperation_forms', 'twinning', { cosmin: 2, humanis: 1 }, 'Les jumelages portent l’action des COSMIN et des HUMANIS.', `${logic} : HUMANIS et COSMIN « jumelages »`),
	tick('cooperation_forms', 'cross_border', { cimob: 2 }, 'La proximité et le transfrontalier sont les zones des CIMOB.', 'typologie.md — zones : CIMOB « proximité, transfrontalier »'),
	tick('cooperation_forms', 'development_cooperation', { climapart: 2, humanis: 1 }, 'La coopération au développement formalisée est typique des CLIMAPART.', `${logic} : CLIMAPART « coopérations décentralisées formalisées »`),
	tick('cooperation_forms', 'european_project', { astre: 1, cimob: 1 }, 'Les projets européens se retrouvent chez les ASTRE et les CIMOB.', 'typologie.md — zones : CIMOB « Europe » ; financements : ASTRE « gère des fonds européens »'),

	tick('action_families', 'decentralised_cooperation', { climapart: 1 }, 'Les coopérations décentralisées sont le socle des CLIMAPART.', `${logic} : CLIMAPART « coopérations décentralisées formalisées »`),
	{
		id: 'action_families.no_decentralised_cooperation',
		axis: 'orientation',
		questionId: 'action_families',
		match: { noneOf: ['decentralised_cooperation'], answerLabel: 'Pas de coopération décentralisée' },
		weights: { cimob: 2 },
		reason: 'Agir sans coopération décentralisée est fréquent chez les CIMOB.',
		source: `${logic} : CIMOB « pas forcément de coopération décentralisée »`
	},
	tick('action_families', 'local_actor_support', { climapart: 1, astre: 1 }, 'Soutenir les acteurs du territoire est une pratique des CLIMAPART et des ASTRE.', `${logic} : CLIMAPART « soutien aux acteurs du territoire » ; ASTRE « AAP ou subventions »`),
	tick('action_families', 'awareness', { cimob: 1, climapart: 1 }, 'La sensibilisation sur le territoire accompagne les CIMOB et les CLIMAPART.', `${logic} : CIMOB « ECSI » ; CLIMAPART « sensibilisation »`),
	tick('action_families', 'mobility_support', { cimob: 3 }, 'Les dispositifs d’appui à la mobilité sont le cœur des CIMOB.', `${logic} : CIMOB « soutien à la mobilité des jeunes »`),
	tick('action_families', 'economic_promotion', { astre: 3 }, 'La promotion économique et l’attractivité sont propres aux ASTRE.', `${logic} : ASTRE « promotion économique »`),

	tick('actor_support', 'none', { humanis: 1 }, 'La HUMANIS-type ne soutient pas financièrement les acteurs de son territoire.', 'typologie.md — profil HUMANIS « ne soutient pas financièrement les acteurs de la CSI du territoire »'),
	tick('actor_support', 'premises', { cosmin: 1 }, 'Prêter des locaux aux associations est une pratique de la COSMIN-type.', 'typologie.md — profil COSMIN « prête locaux et matériel aux associations »'),
	tick('actor_support', 'logistics', { cosmin: 1 }, 'Prêter du matériel aux associations est une pratique de la COSMIN-type.', 'typologie.md — profil COSMIN « prête locaux et matériel aux associations »'),
	tick('actor_support', 'calls_for_projects', { astre: 1, climapart: 1 }, 'Lancer des appels à projets pour les acteurs est une pratique ASTRE et CLIMAPART.', 'typologie.md — profil ASTRE « AAP pour l’internationalisation des acteurs » ; profil CLIMAPART « soutien actif aux acteurs locaux »'),
	tick('actor_support', 'operating_grants', { climapart: 1 }, 'Subventionner les acteurs locaux relève du soutien actif des CLIMAPART.', 'typologie.md — profil CLIMAPART « soutien actif aux acteurs locaux »')
];
