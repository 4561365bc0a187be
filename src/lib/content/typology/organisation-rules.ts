// Structuring, who the authority is and how it organises its action: size, seniority, service,
// steering, partners (typologie.md — « taille type », « ancienneté », « gouvernance », « partenariats »).
import type { TypologyRule } from './rule-types';

const pick = (
	questionId: string,
	option: string,
	weights: TypologyRule['weights'],
	reason: string,
	source: string
): TypologyRule => ({ id: `${questionId}.${option}`, axis: 'structuring', questionId, match: { option }, weights, reason, source });

const size = 'typologie.md — taille type';
const seniority = 'typologie.md — ancienneté (profil-type)';
const governance = 'typologie.md — gouvernance';
const partners = 'typologie.md — partenariats, réseaux';

export const organisationRules: readonly TypologyRule[] = [
	pick('population_band', 'under_2k', { humanis: 1 }, 'Les HUMANIS sont des villes de toutes tailles, y compris petites.', `${size} : HUMANIS « villes de tailles variables »`),
	pick('population_band', '2k_5k', { humanis: 1 }, 'Les HUMANIS sont des villes de toutes tailles, y compris petites.', `${size} : HUMANIS « villes de tailles variables »`),
	pick('population_band', '5k_10k', { humanis: 2 }, 'La HUMANIS-type compte de 5 000 à 10 000 habitants.', `${size} : HUMANIS « profil-type : commune de 5 000 à 10 000 hab. »`),
	pick('population_band', '10k_50k', { cosmin: 2, cimob: 2 }, 'Les COSMIN-type et CIMOB-type comptent de 10 000 à 50 000 habitants.', `${size} : COSMIN et CIMOB « commune de 10 000 à 50 000 hab. »`),
	pick('population_band', '50k_100k', { climapart: 1, cosmin: 1, cimob: 1 }, 'Entre 50 000 et 100 000 habitants, on trouve des villes moyennes (COSMIN, CIMOB) et des CLIMAPART.', `${size} : COSMIN « villes moyennes » ; CIMOB « villes et EPCI moyens » ; CLIMAPART « plus de 50 000 hab. »`),
	pick('population_band', '100k_500k', { climapart: 2, astre: 1 }, 'La CLIMAPART-type compte de 100 000 à 500 000 habitants ; les ASTRE dépassent 100 000.', `${size} : CLIMAPART « profil-type : 100 000 à 500 000 hab. » ; ASTRE « plus de 100 000 hab. »`),
	pick('population_band', '500k_1m', { astre: 2, climapart: 1 }, 'L’ASTRE-type est une métropole de 500 000 à 1 million d’habitants.', `${size} : ASTRE « profil-type : métropole de 500 000 à 1 million d’hab. »`),
	pick('population_band', 'over_1m', { astre: 2 }, 'Les ASTRE comptent les plus grandes collectivités, dont les régions.', `${size} : ASTRE « villes et EPCI de plus de 100 000 hab., régions »`),
	pick('authority_type', 'region', { astre: 2 }, 'Les conseils régionaux se rangent le plus souvent parmi les ASTRE.', `${size} : ASTRE « régions »`),
	pick('authority_type', 'metropolis', { astre: 1 }, 'L’ASTRE-type est une métropole.', `${size} : ASTRE « profil-type : métropole »`),

	pick('seniority', 'under_3y', { humanis: 1, cimob: 1 }, 'Une action récente ressemble aux débuts des HUMANIS et des CIMOB.', `${seniority} : HUMANIS « 3 à 10 ans » ; CIMOB « environ 10 ans »`),
	pick('seniority', '3_10y', { humanis: 2, cimob: 1 }, 'La HUMANIS-type agit depuis 3 à 10 ans, la CIMOB-type depuis une dizaine d’années.', `${seniority} : HUMANIS « 3 à 10 ans » ; CIMOB « environ 10 ans »`),
	pick('seniority', '10_20y', { cosmin: 2, cimob: 1 }, 'La COSMIN-type agit depuis 10 à 20 ans.', `${seniority} : COSMIN « 10 à 20 ans » ; CIMOB « environ 10 ans »`),
	pick('seniority', 'over_20y', { climapart: 2, astre: 2 }, 'Plus de 20 ans d’expérience : c’est le cas de la plupart des CLIMAPART et des ASTRE.', `${seniority} : CLIMAPART « majorité > 20 ans » ; ASTRE « plus de 20 ans »`),

	pick('ri_service', 'no', { humanis: 2, cosmin: 2, cimob: 2, climapart: -2, astre: -2 }, 'Sans service RI, l’action ressemble à celle des HUMANIS, COSMIN et CIMOB ; les CLIMAPART et ASTRE en ont un.', `${governance} : « pas de service RI » (HUMANIS, COSMIN, CIMOB)`),
	pick('ri_service', 'yes', { climapart: 3, astre: 3, humanis: -2, cosmin: -2, cimob: -2 }, 'Un service RI dédié marque le passage aux modèles structurés CLIMAPART et ASTRE.', `${governance} : CLIMAPART « service RI » ; ASTRE « service RI stable »`),
	{
		id: 'ri_fte.below_4',
		axis: 'structuring',
		questionId: 'ri_fte',
		// 4 ETP: halfway between the CLIMAPART-type (3 ETP) and the ASTRE-type (5 ETP).
		match: { max: 4 },
		weights: { climapart: 2 },
		reason: 'Un service RI de quelques ETP correspond à la CLIMAPART-type (3 ETP).',
		source: `${governance} : CLIMAPART « service RI (3 ETP en moyenne au profil-type) »`
	},
	{
		id: 'ri_fte.from_4',
		axis: 'structuring',
		questionId: 'ri_fte',
		// same threshold as above
		match: { min: 4 },
		weights: { astre: 2 },
		reason: 'Un service RI étoffé correspond à l’ASTRE-type (5 ETP).',
		source: `${governance} : ASTRE « service RI stable (5 ETP au profil-type) »`
	},
	pick('europe_service', 'yes', { astre: 3 }, 'Un service Europe distinct est propre aux ASTRE.', `${governance} : ASTRE « service Europe détaché (10 ETP) »`),
	pick('europe_service', 'no', { cosmin: 1, humanis: 1 }, 'Ni service Europe ni service RI : c’est le cas des COSMIN et des HUMANIS.', `${governance} : COSMIN « pas de service RI ni Europe » ; HUMANIS « pas de service RI ni Europe »`),
	{
		id: 'europe_fte.from_5',
		axis: 'structuring',
		questionId: 'europe_fte',
		// 5 ETP: half of the ASTRE-type's Europe service (10 ETP), the only figure the study gives.
		match: { min: 5 },
		weights: { astre: 1 },
		reason: 'Un service Europe étoffé rapproche de l’ASTRE-type (10 ETP).',
		source: `${governance} : ASTRE « service Europe détaché (10 ETP) »`
	},
	pick('steering', 'dedicated_elected', { humanis: 1, cosmin: 1, cimob: 1 }, 'Un élu pilote sans service dédié : c’est le cas des HUMANIS, COSMIN et CIMOB.', `${governance} : HUMANIS « élus » ; COSMIN « le maire pilote » ; CIMOB « un élu référent »`),
	pick('steering', 'other_elected', { humanis: 1, cosmin: 1, cimob: 1 }, 'Un élu pilote sans service dédié : c’est le cas des HUMANIS, COSMIN et CIMOB.', `${governance} : HUMANIS « élus » ; COSMIN « le maire pilote » ; CIMOB « un élu référent »`),
	pick('steering', 'commission', { humanis: 2 }, 'Le pilotage par une commission est typique des HUMANIS.', `${governance} : HUMANIS « élus ou commission »`),
	pick('steering', 'service', { climapart: 2, astre: 2 }, 'Le pilotage par un service est celui des CLIMAPART et des ASTRE.', `${governance} : CLIMAPART « service RI » ; ASTRE « service RI stable »`),
	pick('departments_involved', 'youth', { cimob: 3 }, 'La direction de la jeunesse mène les actions des CIMOB.', `${governance} : CIMOB « la direction jeunesse ou vie associative mène les actions »`),
	pick('departments_involved', 'community_life', { cimob: 2, cosmin: 1 }, 'La vie associative mène les actions des CIMOB et appuie celles des COSMIN.', `${governance} : CIMOB « direction jeunesse ou vie associative » ; COSMIN « associations »`),
	pick('departments_involved', 'culture', { cosmin: 1 }, 'La direction de la culture porte les échanges culturels des COSMIN.', 'typologie.md — thématiques : COSMIN « culture, patrimoine »'),
	pick('departments_involved', 'economic_development', { astre: 2 }, 'La direction du développement économique porte l’action des ASTRE.', 'typologie.md — intérêt central : ASTRE « rayonnement économique »'),
	pick('departments_involved', 'environment_water', { climapart: 2 }, 'Les directions de l’eau et de l’environnement travaillent avec le service RI des CLIMAPART.', `${governance} : CLIMAPART « service RI qui travaille avec d’autres services »`),
	{
		id: 'departments_involved.several',
		axis: 'structuring',
		questionId: 'departments_involved',
		// 3 directions: « travaille avec d'autres services » read as more than one or two.
		match: { countAtLeast: 3, answerLabel: 'Au moins trois autres directions' },
		weights: { climapart: 1 },
		reason: 'Plusieurs directions associées : le service RI des CLIMAPART travaille avec les autres services.',
		source: `${governance} : CLIMAPART « service RI qui travaille avec d’autres services »`
	},
	pick('delegation', 'yes', { cosmin: 3, humanis: 1 }, 'Confier la mise en œuvre à un comité de jumelage ou à une association est typique des COSMIN.', `${governance} : COSMIN « mise en œuvre confiée à un comité de jumelage ou une association » ; ${partners} : HUMANIS « comité de jumelage »`),

	pick('french_partnerships', 'lasting', { climapart: 2, astre: 1 }, 'Des partenariats durables avec d’autres collectivités : c’est la pratique des CLIMAPART.', `${partners} : CLIMAPART « liens entre collectivités » ; ASTRE « partenariats institutionnels »`),
	pick('networks', 'none', { humanis: 1, cosmin: 1, cimob: 1, climapart: -1, astre: -1 }, 'Aucun réseau : c’est le cas de la plupart des HUMANIS, COSMIN et CIMOB.', `${partners} : HUMANIS « très peu d’adhésions » ; COSMIN « très peu de réseaux » ; CIMOB « pas de réseau »`),
	pick('networks', 'rrma', { astre: 1, climapart: 1 }, 'L’adhésion au RRMA de la région est citée pour l’ASTRE-type.', `${partners} : ASTRE « membre de réseaux (CUF, RRMA…) »`),
	pick('networks', 'cuf', { astre: 2, climapart: 1 }, 'L’adhésion à Cités Unies France est citée pour l’ASTRE-type.', `${partners} : ASTRE « membre de réseaux (CUF, RRMA…) » ; CLIMAPART « membre de réseaux »`),
	pick('networks', 'international_networks', { climapart: 2, astre: 1 }, 'Un réseau international (villes durables, climat) est cité pour la CLIMAPART-type.', `${partners} : CLIMAPART « membre de réseaux nationaux ou internationaux »`),
	pick('networks', 'afccre', { astre: 1 }, 'Un réseau européen sert la stratégie européenne des ASTRE.', `${partners} : ASTRE « partenariats institutionnels »`),
	pick('networks', 'other', { climapart: 1 }, 'Être membre d’un réseau de collectivités rapproche des CLIMAPART.', `${partners} : CLIMAPART « membre de réseaux »`),
	pick('action_families', 'local_government_networks', { climapart: 1, astre: 1 }, 'Participer à des réseaux de gouvernements locaux est une pratique CLIMAPART et ASTRE.', `${partners} : CLIMAPART « membre de réseaux » ; ASTRE « membre de réseaux »`),
	pick('support_received', 'yes', { humanis: 1, cimob: 1, climapart: 1 }, 'Avoir été accompagné : c’est souvent le cas des CLIMAPART, parfois des HUMANIS et des CIMOB.', `${partners} : CLIMAPART « souvent accompagnées » ; HUMANIS « certaines accompagnées » ; CIMOB « accompagnement parfois recherché »`),
	pick('support_received', 'no', { cosmin: 2 }, 'N’avoir jamais été accompagné est typique des COSMIN.', `${partners} : COSMIN « rarement accompagnées »`)
];
