// The moves between models the study describes (section 6 : « changements de stratégie
// politique, leviers financiers, structuration des ressources, appui par des professionnels du
// secteur ou des réseaux »), as answers they would change.
import type { LeverSpec } from './rule-types';

export const leverSpecs: readonly LeverSpec[] = [
	{
		id: 'create_ri_service',
		label: 'Créer un service des relations internationales',
		reason: 'C’est à partir des CLIMAPART que l’action s’appuie sur un service RI dédié, d’environ 3 ETP au profil-type, qui travaille avec les autres services.',
		source: 'typologie.md — gouvernance : CLIMAPART « service RI (3 ETP en moyenne au profil-type) »',
		towards: ['climapart'],
		set: { ri_service: 'yes', steering: 'service' },
		// 3 ETP: the CLIMAPART-type's service
		atLeast: { ri_fte: 3 }
	},
	{
		id: 'strengthen_ri_service',
		label: 'Étoffer le service des relations internationales',
		reason: 'L’ASTRE-type s’appuie sur un service RI stable d’environ 5 ETP.',
		source: 'typologie.md — gouvernance : ASTRE « service RI stable (5 ETP au profil-type) »',
		towards: ['astre'],
		set: { ri_service: 'yes', steering: 'service' },
		// 5 ETP: the ASTRE-type's service
		atLeast: { ri_fte: 5 }
	},
	{
		id: 'create_europe_service',
		label: 'Créer un service Europe distinct',
		reason: 'Les ASTRE gèrent des fonds européens avec un service Europe détaché (10 ETP au profil-type).',
		source: 'typologie.md — gouvernance : ASTRE « service Europe détaché (10 ETP) »',
		towards: ['astre'],
		set: { europe_service: 'yes' },
		// 10 ETP: the ASTRE-type's Europe service
		atLeast: { europe_fte: 10 },
		add: { external_funding: ['eu'], action_families: ['eu_funds'] }
	},
	{
		id: 'budget_line',
		label: 'Voter une ligne budgétaire dédiée',
		reason: 'Les modèles structurés, dès les CLIMAPART, financent leur action sur une ligne budgétaire qui lui est propre.',
		source: 'typologie.md — financements : CLIMAPART « ligne budgétaire dédiée »',
		towards: ['climapart', 'astre'],
		set: { budget_line: 'yes' }
	},
	{
		id: 'budget_climapart',
		label: 'Porter le budget au-delà de 50 000 € par an',
		reason: 'Les CLIMAPART consacrent en moyenne plus de 50 000 € par an à leur action extérieure.',
		source: 'typologie.md — financements : CLIMAPART « plus de 50 000 € en moyenne »',
		towards: ['climapart'],
		raiseTo: { budget_band: '50k_100k' }
	},
	{
		id: 'budget_astre',
		label: 'Porter le budget au-delà de 500 000 € par an',
		reason: 'Les ASTRE consacrent plus de 500 000 € par an à leur action extérieure.',
		source: 'typologie.md — financements : ASTRE « plus de 500 000 € par an »',
		towards: ['astre'],
		raiseTo: { budget_band: 'over_500k' }
	},
	{
		id: 'state_cofunding',
		label: 'Chercher des cofinancements du ministère et de l’AFD',
		reason: 'Les CLIMAPART complètent leur budget par des cofinancements du ministère (appels à projets) et de l’AFD (FICOL).',
		source: 'typologie.md — financements : CLIMAPART « cofinancements MEAE, AFD »',
		towards: ['climapart', 'astre'],
		add: { external_funding: ['meae', 'afd_ficol'] }
	},
	{
		id: 'water_cofunding',
		label: 'Mobiliser les agences de l’eau et les dispositifs « 1 % »',
		reason: 'Les coopérations CLIMAPART sur l’eau, l’énergie et les déchets sont cofinancées par les agences de l’eau et les « 1 % ».',
		source: 'typologie.md — financements : CLIMAPART « agences de l’eau »',
		towards: ['climapart'],
		add: { external_funding: ['water_agencies', 'one_percent'] }
	},
	{
		id: 'eu_funding',
		label: 'Répondre aux programmes européens',
		reason: 'Les fonds européens cofinancent les CLIMAPART et sont gérés en propre par les ASTRE.',
		source: 'typologie.md — financements : CLIMAPART « fonds européens » ; ASTRE « gère des fonds européens »',
		towards: ['climapart', 'astre'],
		add: { external_funding: ['eu'] }
	},
	{
		id: 'join_networks',
		label: 'Adhérer au RRMA de votre région et à Cités Unies France',
		reason: 'Les CLIMAPART et les ASTRE sont membres de réseaux de collectivités (RRMA, CUF), qui ouvrent partenariats et financements.',
		source: 'typologie.md — partenariats, réseaux : ASTRE « membre de réseaux (CUF, RRMA…) » ; CLIMAPART « membre de réseaux »',
		towards: ['climapart', 'astre'],
		add: { networks: ['rrma', 'cuf'] }
	},
	{
		id: 'rrma_support',
		label: 'Se faire accompagner par le RRMA de votre région',
		reason: 'Les CLIMAPART ont souvent été accompagnées ; l’étude voit dans l’appui des réseaux un moteur du passage d’un modèle à l’autre.',
		source: 'typologie.md — partenariats, réseaux : CLIMAPART « souvent accompagnées » ; ce que dit l’étude : « appui de réseaux »',
		towards: ['climapart'],
		set: { support_received: 'yes' },
		add: { support_providers: ['rrma'] }
	},
	{
		id: 'formalise_cooperation',
		label: 'Formaliser une coopération décentralisée technique',
		reason: 'Les CLIMAPART mènent des coopérations décentralisées formalisées, fondées sur la coopération technique et le renforcement de compétences.',
		source: 'typologie.md — logique d’intervention : CLIMAPART « coopérations décentralisées formalisées, coopération technique »',
		towards: ['climapart'],
		add: {
			action_families: ['decentralised_cooperation'],
			cooperation_forms: ['development_cooperation'],
			cooperation_kinds: ['technical']
		}
	},
	{
		id: 'french_partnerships',
		label: 'Nouer des partenariats durables avec d’autres collectivités françaises',
		reason: 'Les CLIMAPART s’appuient sur des liens entre collectivités et des partenariats multi-acteurs.',
		source: 'typologie.md — partenariats, réseaux : CLIMAPART « liens entre collectivités, partenariats multi-acteurs »',
		towards: ['climapart'],
		set: { french_partnerships: 'lasting' }
	},
	{
		id: 'peer_exchange',
		label: 'Développer les échanges entre pairs et l’accompagnement des acteurs du territoire',
		reason: 'Les ASTRE organisent des échanges entre pairs et soutiennent l’internationalisation des acteurs du territoire par des appels à projets.',
		source: 'typologie.md — logique d’intervention : ASTRE « échanges entre pairs, AAP ou subventions aux acteurs »',
		towards: ['astre'],
		add: { cooperation_kinds: ['peer_exchange'], intervention_modes: ['calls_for_projects'] }
	}
];
