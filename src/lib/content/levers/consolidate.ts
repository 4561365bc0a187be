// What strengthens what an authority already does, at its own scale (typologie.md, « Ce que l'étude
// ne dit pas »: a small commune works through an elected or staff referent, its intercommunality, a
// collective programme, its regional network and its associations; never a service, a six-figure
// budget or a Europe service). None of these is a step towards another model.
import { noTeam, withPartner } from './conditions';
import type { LeverSpec } from './types';

const noService = { answer: 'ri_service', is: 'no' } as const;
const engaged = { answer: 'has_international_action', is: 'yes' } as const;
const electedReferent = { answer: 'steering', is: 'dedicated_elected' } as const;
const agentReferent = { answer: 'staff_time', is: 'work_time' } as const;
const noEvaluation = {
	any: [
		{ answer: 'evaluation', is: 'none' },
		{ answer: 'evaluation', answered: false }
	]
} as const;
const keepAlive = 'suffisent à faire vivre l’action dans la durée.';

export const consolidationLevers: readonly LeverSpec[] = [
	// Each names only what is missing: an agent beside an elected official already in charge, and so on.
	{
		id: 'referent',
		purpose: 'referent',
		label: 'Désigner un élu et un agent référents',
		reason: `Sans service dédié, comme les collectivités HUMANIS, COSMIN ou CIMOB de l’étude, un élu référent et un agent qui y consacre une part de son temps ${keepAlive}`,
		scales: ['small', 'medium'],
		when: { all: [noService, { not: electedReferent }, { not: agentReferent }] },
		set: { steering: 'dedicated_elected', staff_time: 'work_time' },
		horizon: 'three_months'
	},
	{
		id: 'referent_agent',
		purpose: 'referent',
		label: 'Désigner un agent référent',
		reason: `Sans service dédié, comme les collectivités HUMANIS, COSMIN ou CIMOB de l’étude, l’élu qui en a la charge et un agent qui y consacre une part de son temps ${keepAlive}`,
		scales: ['small', 'medium'],
		when: { all: [noService, electedReferent, { not: agentReferent }] },
		set: { staff_time: 'work_time' },
		horizon: 'three_months'
	},
	{
		id: 'referent_elected',
		purpose: 'referent',
		label: 'Désigner un élu référent',
		reason: `Sans service dédié, comme les collectivités HUMANIS, COSMIN ou CIMOB de l’étude, un élu référent et les agents qui y consacrent déjà une part de leur temps ${keepAlive}`,
		scales: ['small', 'medium'],
		when: { all: [noService, { not: electedReferent }, agentReferent] },
		set: { steering: 'dedicated_elected' },
		horizon: 'three_months'
	},
	{
		id: 'oda_declaration',
		purpose: 'oda_declaration',
		label: 'Déclarer votre aide publique au développement',
		reason: 'Si votre collectivité a financé l’an passé de l’aide au développement (coopération ou jumelage avec un pays bénéficiaire de l’aide publique au développement, « 1 % », subvention à une association de solidarité, sensibilisation…), la déclarer est obligatoire ; la déclaration est aussi un préalable aux cofinancements du ministère.',
		scales: ['small', 'medium', 'large'],
		when: { all: [engaged, { not: { answer: 'oda_declared', is: 'yes' } }] },
		options: ['oda_declaration'],
		set: { oda_declared: 'yes' },
		horizon: 'three_months'
	},
	{
		id: 'intercommunality',
		purpose: 'act_with_others',
		label: 'Voir avec votre intercommunalité ce qui peut se faire ensemble',
		reason: 'L’intercommunalité exerce souvent des compétences de services publics (eau, déchets, mobilité) et peut porter une action commune à plusieurs communes : une petite commune n’a pas à tout faire seule.',
		scales: ['small'],
		when: { answer: 'authority_type', is: 'municipality' },
		horizon: 'one_year'
	},
	{
		id: 'french_partners',
		purpose: 'act_with_others',
		label: 'Agir avec d’autres collectivités françaises',
		reason: 'Mener un projet avec des collectivités voisines partage le travail et les coûts, et ouvre les programmes collectifs.',
		scales: ['small', 'medium'],
		when: { all: [engaged, { answer: 'french_partnerships', is: 'no' }] },
		set: { french_partnerships: 'occasional' },
		horizon: 'one_year'
	},
	{
		id: 'collective_programme',
		purpose: 'collective_programme',
		label: 'Rejoindre un programme collectif',
		reason: 'Les programmes mutualisés permettent d’agir avec d’autres collectivités sans y consacrer une équipe à plein temps : c’est la structure collective (un réseau régional là où il en existe un, ou un réseau national) qui porte le projet.',
		scales: ['small', 'medium'],
		when: noTeam,
		options: ['dctciv_cles_en_main', 'one_percent_solidaires'],
		horizon: 'one_year'
	},
	{
		id: 'local_actors',
		purpose: 'local_actors',
		label: 'Associer les associations de votre territoire',
		reason: 'Les associations de solidarité, les comités de jumelage et les associations de diasporas portent souvent l’action sur le terrain ; certains financements leur sont réservés.',
		scales: ['small', 'medium', 'large'],
		when: {
			all: [
				engaged,
				{
					not: {
						answer: 'local_actors',
						isAnyOf: ['solidarity_associations', 'twinning_committees', 'diaspora_associations']
					}
				}
			]
		},
		options: ['jsi_vvvsi', 'guilde_microprojects'],
		add: { local_actors: ['solidarity_associations'] },
		horizon: 'one_year'
	},
	{
		id: 'convention',
		purpose: 'convention',
		label: 'Formaliser votre partenariat par une convention',
		reason: 'Une convention votée par les deux collectivités donne un cadre à la coopération ; le ministère la demande pour cofinancer un projet.',
		scales: ['small', 'medium', 'large'],
		when: {
			all: [withPartner, { not: { answer: 'partner_convention', is: 'yes' } }]
		},
		set: { partner_convention: 'yes' },
		horizon: 'one_year'
	},
	{
		id: 'budget_line',
		purpose: 'budget_line',
		label: 'Inscrire une ligne budgétaire dédiée, même modeste',
		reason: 'Une ligne identifiée rend l’action lisible pour les élus et les habitants, et permet d’apporter la part locale que demandent presque tous les cofinancements.',
		scales: ['small', 'medium', 'large'],
		when: { all: [engaged, { not: { answer: 'budget_line', is: 'yes' } }] },
		set: { budget_line: 'yes' },
		horizon: 'one_year'
	},
	{
		id: 'networks',
		purpose: 'networks',
		label: 'Rejoindre un réseau de collectivités',
		reason: 'Connaître les actions d’autres collectivités est l’un des premiers besoins cités dans l’étude ; un réseau donne aussi accès à des formations et à des groupes par pays.',
		scales: ['medium', 'large'],
		when: { all: [engaged, { answer: 'networks', is: 'none' }] },
		options: ['cuf', 'afccre', 'cuf_country_groups'],
		add: { networks: ['cuf'] },
		horizon: 'one_year'
	},
	{
		id: 'departments',
		purpose: 'departments',
		label: 'Associer les autres directions de la collectivité',
		reason: 'L’étude décrit des services des relations internationales qui travaillent avec les autres services : l’eau, l’environnement, l’économie ou la jeunesse apportent leur savoir-faire à l’action extérieure.',
		scales: ['medium', 'large'],
		when: {
			all: [{ answer: 'ri_service', is: 'yes' }, { not: { answer: 'departments_involved', countAtLeast: 3 } }]
		},
		horizon: 'one_year'
	},
	{
		id: 'evaluation',
		purpose: 'evaluation',
		label: 'Suivre et évaluer vos actions',
		reason: 'Quelques indicateurs partagés avec vos partenaires suffisent pour commencer, et préparent les comptes rendus que demandent les financeurs.',
		scales: ['small', 'medium', 'large'],
		when: { all: [engaged, withPartner, noEvaluation] },
		options: ['f3e'],
		add: { evaluation: ['partner_monitoring'] },
		horizon: 'three_years'
	},
	// without a partner abroad, nothing is shared with one: the indicators are the authority's own
	{
		id: 'evaluation_own',
		purpose: 'evaluation',
		label: 'Suivre et évaluer vos actions',
		reason: 'Quelques indicateurs suivis en interne suffisent pour commencer, et préparent les comptes rendus que demandent les financeurs.',
		scales: ['small', 'medium', 'large'],
		when: { all: [engaged, { not: withPartner }, noEvaluation] },
		options: ['f3e'],
		add: { evaluation: ['internal_reporting'] },
		horizon: 'three_years'
	},
	{
		id: 'communication',
		purpose: 'communication',
		label: 'Faire connaître votre action aux habitants',
		reason: 'Montrer ce que l’action extérieure apporte au territoire aide à la maintenir dans la durée.',
		scales: ['small', 'medium', 'large'],
		when: { answer: 'communication', is: 'no' },
		set: { communication: 'yes' },
		horizon: 'three_years'
	}
];
