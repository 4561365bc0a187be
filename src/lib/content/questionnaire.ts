// The questionnaire: what the ACTER study asked (sections 1–3, 5 and 7), as data.
// Question and option identifiers are stable: saved diagnostics refer to them.
import { departments, regions } from './geography';
import * as options from './options';
import type { Condition, Option, QuestionnaireDefinition } from './types';

const engaged: Condition = { answer: 'has_international_action', is: 'yes' };
const notEngaged: Condition = { answer: 'has_international_action', is: 'no' };
const withRiService: Condition = { answer: 'ri_service', is: 'yes' };

const regionOptions: readonly Option[] = regions.map((region) => ({ id: region.id, label: region.name }));
const departmentOptions: readonly Option[] = departments.map((department) => ({
	id: department.code,
	label: `${department.name} (${department.code})`,
	group: department.regionId
}));

export const questionnaire: QuestionnaireDefinition = {
	version: 3,
	// 85 % of the study's respondents have an international action (section 1).
	assumedUntilAnswered: { has_international_action: 'yes' },
	steps: [
		{
			id: 'profile',
			studySections: 'sections 1 et 2',
			title: 'Votre collectivité',
			intro: 'Ces informations situent votre collectivité parmi celles de l’étude et orientent vers les bons interlocuteurs.',
			questions: [
				{
					id: 'authority_type',
					kind: 'single',
					label: 'Type de collectivité',
					required: true,
					options: options.authorityTypes
				},
				{
					id: 'authority_name',
					kind: 'text',
					label: 'Nom de la collectivité',
					hint: 'Il figurera sur votre feuille de route.',
					required: true,
					maxLength: 120,
					autocomplete: 'organization'
				},
				{
					id: 'region',
					kind: 'single',
					label: 'Région',
					required: true,
					display: 'select',
					options: regionOptions
				},
				{
					id: 'department',
					kind: 'single',
					label: 'Département',
					required: true,
					display: 'select',
					groupedBy: 'region',
					options: departmentOptions,
					visibleIf: {
						all: [{ answer: 'region', answered: true }, { not: { answer: 'authority_type', is: 'region' } }]
					}
				},
				{
					id: 'population_band',
					kind: 'single',
					label: 'Population',
					required: true,
					options: options.populationBands
				},
				{
					id: 'respondent_role',
					kind: 'single',
					label: 'Vous répondez en tant que…',
					required: true,
					options: options.respondentRoles
				}
			]
		},
		{
			id: 'competences',
			studySections: 'introduction (dispositifs « 1 % ») et section 2',
			title: 'Vos compétences de service public',
			intro: 'Certaines compétences ouvrent droit aux dispositifs « 1 % » de solidarité internationale.',
			questions: [
				{
					id: 'service_competences',
					kind: 'multiple',
					label: 'Votre collectivité exerce-t-elle l’une de ces compétences ?',
					hint: 'Cochez toutes celles qui s’appliquent.',
					required: true,
					options: options.serviceCompetences
				}
			]
		},
		{
			id: 'engagement',
			studySections: 'sections 1 et 2',
			title: 'Votre action extérieure',
			intro: 'L’action extérieure comprend les coopérations avec des collectivités étrangères, les actions de sensibilisation sur votre territoire et le soutien aux acteurs de la solidarité internationale.',
			questions: [
				{
					id: 'has_international_action',
					kind: 'single',
					label: 'Votre collectivité mène-t-elle une action extérieure ?',
					required: true,
					options: options.yesNo
				},
				{
					id: 'seniority',
					kind: 'single',
					label: 'Depuis combien de temps ?',
					required: true,
					options: options.seniorityBands,
					visibleIf: engaged
				}
			]
		},
		{
			id: 'motivations',
			studySections: 'sections 2, 4 et 6',
			title: 'Vos motivations',
			visibleIf: engaged,
			questions: [
				{
					id: 'motivations',
					kind: 'multiple',
					label: 'Pourquoi votre collectivité agit-elle à l’international ?',
					hint: 'Cochez toutes les motivations qui comptent.',
					required: true,
					min: 1,
					options: options.motivations
				},
				{
					id: 'main_motivation',
					kind: 'single',
					label: 'Laquelle est la principale ?',
					required: true,
					optionsFrom: 'motivations',
					options: options.motivations,
					visibleIf: { answer: 'motivations', countAtLeast: 2 }
				}
			]
		},
		{
			id: 'actions',
			studySections: 'sections 2, 3 et 6',
			title: 'Vos actions',
			visibleIf: engaged,
			questions: [
				{
					id: 'action_families',
					kind: 'multiple',
					label: 'Quels types d’actions menez-vous ?',
					required: true,
					min: 1,
					options: options.actionFamilies
				},
				{
					id: 'cooperation_forms',
					kind: 'multiple',
					label: 'Sous quelles formes coopérez-vous avec des collectivités étrangères ?',
					required: true,
					min: 1,
					options: options.cooperationForms,
					visibleIf: { answer: 'action_families', is: 'decentralised_cooperation' }
				},
				{
					id: 'partner_convention',
					kind: 'single',
					label: 'Ces coopérations sont-elles formalisées par une convention signée avec la collectivité partenaire ?',
					hint: 'Les appels à projets du ministère demandent une convention signée avec le partenaire étranger.',
					required: true,
					options: options.yesNoUnknown,
					visibleIf: { answer: 'action_families', is: 'decentralised_cooperation' }
				},
				{
					id: 'cooperation_kinds',
					kind: 'multiple',
					label: 'Quels types de coopération pratiquez-vous ?',
					required: true,
					min: 1,
					options: options.cooperationKinds
				},
				{
					id: 'intervention_modes',
					kind: 'multiple',
					label: 'Concrètement, comment agissez-vous ?',
					hint: 'Cochez ce qui décrit le mieux vos actions.',
					required: true,
					min: 1,
					options: options.interventionModes
				},
				{
					id: 'actor_support',
					kind: 'multiple',
					label: 'Comment soutenez-vous les acteurs de la solidarité internationale de votre territoire ?',
					required: true,
					min: 1,
					options: options.actorSupportKinds
				}
			]
		},
		{
			id: 'geography',
			studySections: 'sections 2, 4 et 6',
			title: 'Thèmes et zones',
			visibleIf: engaged,
			questions: [
				{
					id: 'themes',
					kind: 'multiple',
					label: 'Sur quels thèmes portent vos actions ?',
					required: true,
					min: 1,
					options: options.themes
				},
				{
					id: 'zones',
					kind: 'multiple',
					label: 'Dans quelles zones du monde ?',
					required: true,
					min: 1,
					options: options.zones
				},
				{
					id: 'partner_countries',
					kind: 'countries',
					label: 'Pays de vos partenaires',
					hint: 'Tapez le début d’un nom pour filtrer la liste, puis cochez les pays. Plusieurs dispositifs dépendent du pays du partenaire.',
					required: true,
					max: 40,
					seconds: 60,
					visibleIf: { all: [{ answer: 'zones', answered: true }, { not: { answer: 'zones', is: 'none' } }] }
				}
			]
		},
		{
			id: 'organisation',
			studySections: 'section 3',
			title: 'Votre organisation',
			visibleIf: engaged,
			questions: [
				{
					id: 'ri_service',
					kind: 'single',
					label: 'Avez-vous un service dédié aux relations internationales ?',
					required: true,
					options: options.yesNo
				},
				{
					id: 'ri_fte',
					kind: 'number',
					label: 'Combien d’équivalents temps plein (ETP) compte-t-il ?',
					hint: 'Par exemple 0,5 pour un mi-temps.',
					required: true,
					min: 0.1,
					max: 200,
					step: 0.1,
					unit: 'ETP',
					visibleIf: { answer: 'ri_service', is: 'yes' }
				},
				{
					id: 'europe_service',
					kind: 'single',
					// asked of every engaged authority: a département may have a Europe service and no RI service
					label: 'Avez-vous un service Europe, distinct d’un éventuel service des relations internationales ?',
					required: true,
					options: options.yesNo
				},
				{
					id: 'europe_fte',
					kind: 'number',
					label: 'Combien d’ETP compte le service Europe ?',
					required: true,
					min: 0.1,
					max: 500,
					step: 0.1,
					unit: 'ETP',
					visibleIf: { answer: 'europe_service', is: 'yes' }
				},
				{
					id: 'ri_europe_link',
					kind: 'single',
					label: 'Comment ces deux services travaillent-ils ensemble ?',
					required: true,
					options: options.riEuropeLinks,
					visibleIf: {
						all: [
							{ answer: 'ri_service', is: 'yes' },
							{ answer: 'europe_service', is: 'yes' }
						]
					}
				},
				{
					id: 'steering',
					kind: 'single',
					label: 'Qui pilote principalement l’action extérieure ?',
					required: true,
					options: options.steeringModes
				},
				{
					id: 'departments_involved',
					kind: 'multiple',
					label: 'Quelles autres directions y participent ?',
					required: true,
					min: 1,
					options: options.departmentsInvolved
				},
				{
					id: 'agents_outside_service',
					kind: 'single',
					label: 'Des agents extérieurs au service des relations internationales contribuent-ils à l’action extérieure ?',
					required: true,
					options: options.agentsOutsideService,
					visibleIf: withRiService
				},
				{
					id: 'staff_time',
					kind: 'single',
					label: 'Des agents de la collectivité consacrent-ils du temps à l’action extérieure ?',
					required: true,
					options: options.staffTime,
					visibleIf: { answer: 'ri_service', is: 'no' }
				},
				{
					id: 'delegation',
					kind: 'single',
					label: 'Confiez-vous tout ou partie de vos coopérations à un comité de jumelage ou à une association de solidarité internationale ?',
					required: true,
					options: options.delegationAnswers
				}
			]
		},
		{
			id: 'partnerships',
			studySections: 'sections 2 et 3',
			title: 'Partenariats et réseaux',
			visibleIf: engaged,
			questions: [
				{
					id: 'french_partnerships',
					kind: 'single',
					label: 'Avez-vous des partenariats avec d’autres collectivités françaises pour votre action extérieure ?',
					required: true,
					options: options.frenchPartnerships
				},
				{
					id: 'local_actors',
					kind: 'multiple',
					label: 'Avec quels acteurs de votre territoire menez-vous votre action extérieure ?',
					required: true,
					min: 1,
					options: options.localActors
				},
				{
					id: 'networks',
					kind: 'multiple',
					label: 'De quels réseaux votre collectivité est-elle membre ?',
					required: true,
					min: 1,
					options: options.networks
				},
				{
					id: 'support_received',
					kind: 'single',
					label: 'Avez-vous déjà été accompagnés pour monter un projet ou définir une stratégie internationale ?',
					required: true,
					options: options.yesNoUnknown
				},
				{
					id: 'support_providers',
					kind: 'multiple',
					label: 'Par qui ?',
					required: true,
					min: 1,
					options: options.supportProviders,
					visibleIf: { answer: 'support_received', is: 'yes' }
				}
			]
		},
		{
			id: 'budget',
			studySections: 'sections 3 et 5',
			title: 'Budget et financements',
			visibleIf: engaged,
			questions: [
				{
					id: 'budget_line',
					kind: 'single',
					label: 'Avez-vous une ligne budgétaire dédiée à l’action extérieure ?',
					required: true,
					options: options.yesNoUnknown
				},
				{
					id: 'budget_band',
					kind: 'single',
					label: 'Quel budget annuel consacrez-vous à l’action extérieure, toutes lignes confondues ?',
					required: true,
					options: options.budgetBands
				},
				{
					id: 'budget_trend',
					kind: 'single',
					label: 'Comment ce budget a-t-il évolué ces trois dernières années ?',
					required: true,
					options: options.budgetTrends
				},
				{
					id: 'external_funding',
					kind: 'multiple',
					label: 'Quels financements extérieurs avez-vous obtenus ?',
					required: true,
					min: 1,
					options: options.fundingSources
				},
				{
					id: 'ministry_instruments',
					kind: 'multiple',
					label: 'Quels soutiens du ministère des Affaires étrangères avez-vous obtenus ?',
					required: true,
					min: 1,
					options: options.ministryInstruments,
					visibleIf: { answer: 'external_funding', is: 'meae' }
				},
				{
					id: 'eu_programmes',
					kind: 'multiple',
					label: 'De quels programmes européens venaient ces financements ?',
					required: true,
					min: 1,
					options: options.euProgrammes,
					visibleIf: { answer: 'external_funding', is: 'eu' }
				},
				{
					id: 'oda_declared',
					kind: 'single',
					label: 'Déclarez-vous votre aide publique au développement (APD) au ministère ?',
					hint: 'La déclaration se fait chaque année sur le site de la Commission nationale de la coopération décentralisée.',
					required: true,
					options: options.yesNoUnknown
				},
				{
					id: 'oda_amount',
					kind: 'number',
					label: 'Montant déclaré lors de la dernière déclaration',
					hint: 'Facultatif. En euros.',
					required: false,
					min: 0,
					max: 100_000_000,
					step: 1,
					unit: '€',
					visibleIf: { answer: 'oda_declared', is: 'yes' }
				}
			]
		},
		{
			id: 'practices',
			studySections: 'section 2',
			title: 'Communication et évaluation',
			visibleIf: engaged,
			questions: [
				{
					id: 'communication',
					kind: 'single',
					label: 'Communiquez-vous spécifiquement sur votre action extérieure (site, bulletin, événements) ?',
					required: true,
					options: options.yesNo
				},
				{
					id: 'evaluation',
					kind: 'multiple',
					label: 'Comment suivez-vous et évaluez-vous vos actions ?',
					required: true,
					min: 1,
					options: options.evaluationPractices
				}
			]
		},
		{
			id: 'starting',
			studySections: 'section 7',
			title: 'Pour commencer',
			intro: 'Votre collectivité ne mène pas encore d’action extérieure : dites-nous par où elle aimerait commencer.',
			visibleIf: notEngaged,
			questions: [
				{
					id: 'starting_actions',
					kind: 'multiple',
					label: 'Par quoi aimeriez-vous commencer ?',
					required: true,
					min: 1,
					options: options.startingActions
				},
				{
					id: 'starting_themes',
					kind: 'multiple',
					label: 'Quels thèmes vous intéressent ?',
					hint: 'Facultatif.',
					required: false,
					options: options.themes
				}
			]
		},
		{
			id: 'obstacles',
			studySections: 'sections 5 et 7',
			title: 'Vos freins',
			visibleIf: { answer: 'has_international_action', answered: true },
			questions: [
				{
					id: 'obstacles',
					kind: 'multiple',
					label: 'Qu’est-ce qui freine votre action extérieure, ou son lancement ?',
					required: true,
					min: 1,
					options: options.obstacles
				},
				{
					id: 'main_obstacle',
					kind: 'single',
					label: 'Lequel est le principal ?',
					required: true,
					optionsFrom: 'obstacles',
					options: options.obstacles,
					visibleIf: { answer: 'obstacles', countAtLeast: 2 }
				}
			]
		},
		{
			id: 'needs',
			studySections: 'sections 5 et 7',
			title: 'Vos besoins',
			visibleIf: { answer: 'has_international_action', answered: true },
			questions: [
				{
					id: 'needs',
					kind: 'multiple',
					label: 'De quoi auriez-vous besoin ?',
					required: true,
					min: 1,
					options: options.needs
				}
			]
		}
	]
};
