// The means (« Financements » of the synthesis table). The study's negations count: HUMANIS « pas de
// MEAE ni d'AFD », COSMIN « pas de clés en main, pas d'AFD ni d'agences de l'eau », CIMOB « aucun
// financement AFD ». The ministry's money alone distinguishes no model but HUMANIS: COSMIN, CIMOB,
// CLIMAPART and ASTRE all obtain some, so it weighs only against HUMANIS.
import { optionRule } from './build';
import { s6, table } from './quotes';
import type { StudyQuote, TypologyRule } from './rule-types';

const money = (
	questionId: string,
	option: string,
	weights: TypologyRule['weights'],
	reason: string,
	...sources: StudyQuote[]
) => optionRule('funding', questionId, option, weights, reason, sources);

const smallBudget = s6(
	'Le point commun entre les HUMANIS, les COSMIN et les CIMOB est l’absence de service RI dédié à la coopération internationale et la faiblesse du budget dédié'
);
const climapartCofunding = s6(
	'Elles ont des cofinancements provenant principalement du MEAE et/ou de l’AFD, des agences de l’eau et des fonds européens'
);
const noAfd = [
	s6('Elles n’ont pas de financement AFD (FICOL) ni du MEAE'),
	table('Pas de fin. AFD (FICOL) ou par les agences de l’eau'),
	table('Aucun financement AFD')
];

export const fundingRules: readonly TypologyRule[] = [
	money(
		'budget_line',
		'yes',
		{ climapart: 2 },
		'Une ligne budgétaire dédiée est celle des CLIMAPART.',
		s6('Il y a une ligne budgétaire dédiée à la coopération')
	),
	money(
		'budget_line',
		'no',
		{ cosmin: 1 },
		'Pas de ligne budgétaire dédiée : c’est souvent le cas des COSMIN.',
		s6('soit elles n’ont pas de ligne budgétaire dédiée à la coopération internationale')
	),

	money(
		'budget_band',
		'under_10k',
		{ humanis: 2, cosmin: 2, cimob: 2 },
		'Moins de 10 000 € par an : le budget des HUMANIS, COSMIN et CIMOB.',
		table('En général, moins de 10 000€ de budget'),
		table('Budget inférieur à 10 000€'),
		s6('Elle dispose de moins de 10 000 euros de budget')
	),
	money(
		'budget_band',
		'10k_50k',
		{ humanis: 1, cosmin: 1, cimob: 1 },
		'De 10 000 à 50 000 € par an : un budget encore faible, comme celui des HUMANIS, COSMIN et CIMOB.',
		smallBudget
	),
	money(
		'budget_band',
		'50k_100k',
		{ climapart: 2 },
		'Plus de 50 000 € par an : le budget moyen des CLIMAPART.',
		table('En moyenne, plus 50 000 €')
	),
	money(
		'budget_band',
		'100k_250k',
		{ climapart: 2 },
		'Plus de 50 000 € par an : le budget moyen des CLIMAPART.',
		table('En moyenne, plus 50 000 €')
	),
	money(
		'budget_band',
		'250k_500k',
		{ climapart: 2 },
		'Plus de 50 000 € par an : le budget moyen des CLIMAPART.',
		table('En moyenne, plus 50 000 €')
	),
	money(
		'budget_band',
		'over_500k',
		{ astre: 3, climapart: 1 },
		'Plus de 500 000 € par an : le budget des ASTRE.',
		table('Plus de 500 000€ annuels'),
		table('En moyenne, plus 50 000 €')
	),

	money(
		'external_funding',
		'none',
		{ humanis: 2, climapart: -1 },
		'Aucun financement extérieur : le budget interne des HUMANIS ; les CLIMAPART ont des cofinancements.',
		table('Majoritairement interne'),
		table('Co-financements externes')
	),
	money(
		'external_funding',
		'meae',
		{ humanis: -2 },
		'Un financement du ministère : les HUMANIS n’en ont pas.',
		s6('Elles n’ont pas de financement AFD (FICOL) ni du MEAE')
	),
	money(
		'external_funding',
		'afd_ficol',
		{ climapart: 2, humanis: -2, cosmin: -2, cimob: -2 },
		'Un financement de l’AFD : les CLIMAPART en ont ; les HUMANIS, COSMIN et CIMOB n’en ont pas.',
		climapartCofunding,
		...noAfd
	),
	money(
		'external_funding',
		'afd_other',
		{ climapart: 2, humanis: -2, cosmin: -2, cimob: -2 },
		'Un financement de l’AFD : les CLIMAPART en ont ; les HUMANIS, COSMIN et CIMOB n’en ont pas.',
		climapartCofunding,
		...noAfd
	),
	money(
		'external_funding',
		'water_agencies',
		{ climapart: 2, cosmin: -1 },
		'Les agences de l’eau cofinancent les CLIMAPART, pas les COSMIN.',
		climapartCofunding,
		table('Pas de fin. AFD (FICOL) ou par les agences de l’eau')
	),
	money(
		'external_funding',
		'eu',
		{ astre: 2, climapart: 1 },
		'Les fonds européens financent la plupart des ASTRE, et des CLIMAPART.',
		s6('avec une majorité bénéficiant de financements européens'),
		climapartCofunding
	),
	money(
		'external_funding',
		'multilateral',
		{ astre: 3 },
		'Les bailleurs multilatéraux financent l’ASTRE-type.',
		s6('elle gère des fonds européens et a des bailleurs de fonds multilatéraux')
	),
	money(
		'external_funding',
		'youth_ministry',
		{ cimob: 3 },
		'Le ministère de la jeunesse soutient la CIMOB-type.',
		s6('Elle a eu le soutien du ministère de la jeunesse')
	),
	money(
		'action_families',
		'eu_funds',
		{ astre: 3 },
		'Gérer des fonds européens est propre à l’ASTRE-type.',
		s6('elle gère des fonds européens et a des bailleurs de fonds multilatéraux')
	),
	money(
		'ministry_instruments',
		'thematic_call',
		{ cosmin: 1 },
		'Les COSMIN obtiennent des appels à projets thématiques du ministère.',
		s6('Elles peuvent obtenir des financements du MEAE sur des AAP thématiques ou géographiques')
	),
	money(
		'ministry_instruments',
		'joint_fund',
		{ cosmin: 1 },
		'Les COSMIN obtiennent des appels à projets géographiques du ministère.',
		s6('Elles peuvent obtenir des financements du MEAE sur des AAP thématiques ou géographiques')
	),
	money(
		'ministry_instruments',
		'cles_en_main',
		{ cosmin: -1 },
		'Un programme « Clés en main » : les COSMIN n’en ont pas.',
		s6('mais pas de clés en main')
	)
];
