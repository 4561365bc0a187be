// European programmes, Franco-German youth funds and programmes for the territory's youth and
// associations (fact sheet §7, checked again on 3 December 2026). Amounts the sources disagree on
// are left out.
import { FACT_SHEET_READ, RECHECKED, calendar, claim, figure } from './facts';
import type { Requirement, SupportOption } from './types';

/** The other member states of the European Union. */
const euMembers = [
	'AT',
	'BE',
	'BG',
	'CY',
	'CZ',
	'DE',
	'DK',
	'EE',
	'ES',
	'FI',
	'GR',
	'HR',
	'HU',
	'IE',
	'IT',
	'LT',
	'LU',
	'LV',
	'MT',
	'NL',
	'PL',
	'PT',
	'RO',
	'SE',
	'SI',
	'SK'
];
/** Countries that may be associated with a European programme: the partner's eligibility is to be checked. */
const maybeAssociated = ['AL', 'BA', 'IS', 'LI', 'MD', 'ME', 'MK', 'NO', 'RS', 'UA', 'XK'];
const townsAndGroupings = [
	'municipality',
	'community_of_communes',
	'agglomeration_community',
	'urban_community',
	'metropolis'
] as const;
const partnerInEurope: Requirement = {
	kind: 'partner_in',
	countries: euMembers,
	label: 'un autre pays de l’Union européenne',
	toCheck: { countries: maybeAssociated, label: 'un pays qui peut être associé au programme' }
};
/** JSI and VVVSI are carried by associations, youth ones included; La Guilde funds associations alone. */
const associations = ['solidarity_associations', 'twinning_committees', 'diaspora_associations'] as const;
const youthAssociations = [...associations, 'youth_organisations'] as const;
/**
 * Beyond the Union, Erasmus+ Jeunesse may open some actions to the United Kingdom, Switzerland, Turkey and the Union's
 * neighbours: the fact sheet lists no countries, so a partner there is to be checked with the agency.
 */
const erasmusMaybe = [
	...maybeAssociated,
	...['GB', 'CH', 'TR', 'AM', 'AZ', 'GE', 'DZ', 'EG', 'IL', 'JO', 'LB', 'LY', 'MA', 'PS', 'TN']
];
const erasmusPartner: Requirement = {
	kind: 'partner_in',
	countries: euMembers,
	label: 'un autre pays de l’Union européenne',
	toCheck: { countries: erasmusMaybe, label: 'un pays que le programme peut ouvrir à certaines actions' },
	// a grant obtained says its partners qualified; a starting authority finds partners with the agency
	metIfObtained: 'erasmus',
	startingOut:
		'Vous n’avez pas encore de partenaire : l’Agence Erasmus+ France Jeunesse & Sport et ses développeurs Erasmus+ aident à en trouver dans un pays du programme, à vérifier avec eux.'
};
const funding = 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/home';
const euFunds = claim('climapart', 'Elle bénéficie des co-financements externes (MEAE, AFD, Union européenne)');
const astreEuFunds = claim('astre', 'elle gère des fonds européens et a des bailleurs de fonds multilatéraux');

export const europeAndYouth: readonly SupportOption[] = [
	{
		id: 'cerv_town_twinning',
		name: 'Programme européen CERV : jumelages de villes',
		shortName: 'CERV jumelages',
		mention: { text: 'volet « jumelages de villes » du programme CERV', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Volet « jumelage de villes » du programme Citoyens, égalité, droits et valeurs : une subvention forfaitaire pour des rencontres de 6 à 12 mois entre villes d’au moins deux pays, dont un État membre.',
		eligibility: {
			requires: [{ kind: 'authority_types', ids: townsAndGroupings }, partnerInEurope],
			note: 'Communes de toute taille, autres autorités locales et comités de jumelage, avec une ville partenaire dans un autre pays éligible.',
			source: 'dispositifs.md, §7 (CERV « Town twinning »)'
		},
		figures: [
			figure('Selon l’appel 2024 : de 8 455 € à 50 745 € par projet, pour un budget total de 4 M€.', 2024),
			figure('Selon l’appel 2024 : au moins 50 participants directs, dont 25 invités venus de l’étranger.', 2024)
		],
		url: funding,
		urlLabel: 'Portail des financements de la Commission européenne',
		checkedAt: RECHECKED,
		sources: [
			'https://www.euro-access.eu/en/calls/1237/Town-Twinning',
			'https://www.mreza-mira.net/vijesti/pozivi-za-projekte/town-twinning-cerv/'
		],
		fits: {
			zones: ['europe'],
			motivations: ['social_cohesion', 'openness', 'cultural_diversity'],
			themes: ['culture_heritage'],
			startingActions: ['twinning']
		},
		knownAs: { euProgrammes: ['cerv'] }
	},
	{
		id: 'cerv_networks_of_towns',
		name: 'Programme européen CERV : réseaux de villes',
		shortName: 'CERV réseaux',
		mention: { text: 'volet « réseaux de villes » du programme CERV', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Volet « réseaux de villes » du même programme : des collectivités d’au moins quatre pays, dont deux de l’Union, travaillent ensemble de 12 à 24 mois sur un thème commun, sous la conduite de l’une d’elles.',
		eligibility: {
			requires: [partnerInEurope],
			note: 'Collectivités, la cheffe de file étant une collectivité, avec au moins trois partenaires d’autres pays.',
			source: 'dispositifs.md, §7 (CERV « Networks of towns »)'
		},
		figures: [figure('Selon l’appel 2025 : budget total de 10 M€.', 2025)],
		url: funding,
		urlLabel: 'Portail des financements de la Commission européenne',
		checkedAt: RECHECKED,
		sources: ['https://easy.ee/en/grants/grant_jKnaTwbfO6G4VXDI'],
		fits: { needs: ['peer_information'], zones: ['europe'], models: [euFunds], scales: ['medium', 'large'] },
		knownAs: { euProgrammes: ['cerv'] }
	},
	{
		id: 'erasmus_youth',
		name: 'Erasmus+ Jeunesse',
		mention: { text: 'Erasmus+ Jeunesse', gender: 'masculine' },
		kind: 'funding',
		offers: 'Volet jeunesse d’Erasmus+ : échanges de jeunes, mobilité des animateurs, partenariats et accréditation jeunesse, avec l’Agence Erasmus+ France Jeunesse & Sport et un guide conçu pour les collectivités avec l’AMF.',
		eligibility: {
			requires: [erasmusPartner],
			note: 'Collectivités, associations et organismes de jeunesse, pour des échanges de jeunes de 13 à 30 ans, la mobilité des animateurs ou des partenariats, avec des partenaires d’autres pays participant au programme ; modalités de financement du volet jeunesse à vérifier auprès de l’Agence Erasmus+ France Jeunesse & Sport.',
			source: 'dispositifs.md, §7 (Erasmus+, volet Jeunesse)'
		},
		figures: [],
		url: 'https://www.erasmusplus-jeunesse.fr',
		urlLabel: 'Site de l’Agence Erasmus+ France Jeunesse & Sport',
		checkedAt: RECHECKED,
		sources: [
			'https://erasmus-plus.ec.europa.eu/fr/programme-guide/part-b/key-action-1/accreditation-youth',
			'https://mairesdefrance.com/m/article/print.php?id=1252'
		],
		fits: {
			themes: ['youth_mobility'],
			motivations: ['youth_mobility'],
			zones: ['europe'],
			startingActions: ['youth_mobility'],
			thematic: true
		},
		knownAs: { euProgrammes: ['erasmus'] }
	},
	{
		id: 'interreg',
		name: 'Interreg, coopération territoriale européenne',
		shortName: 'Interreg',
		mention: { text: 'Interreg', gender: 'masculine' },
		kind: 'funding',
		offers: 'Programmes européens de coopération transfrontalière, transnationale, interrégionale et entre régions ultrapériphériques, financés par le FEDER ; une part peut être réservée aux petits projets.',
		eligibility: {
			requires: [{ kind: 'european_frame' }],
			note: 'Collectivités, associations, universités… selon les règles de chaque programme, dans un cadre transfrontalier, transnational ou ultrapériphérique.',
			source: 'dispositifs.md, §7 (Interreg)'
		},
		figures: [
			figure(
				'Pour la période 2021-2027 : la France participe à 22 programmes (environ 3,2 Md€) et l’Union cofinance jusqu’à 80 % (85 % dans les régions ultrapériphériques).',
				2021
			)
		],
		url: 'https://interreg.eu',
		urlLabel: 'Site des programmes Interreg',
		checkedAt: RECHECKED,
		sources: [
			'https://www.touteleurope.eu/l-europe-et-moi/la-cooperation-territoriale-europeenne/',
			'https://www.touteleurope.eu/l-europe-en-region/interreg-au-coeur-du-developpement-et-de-la-cooperation-des-territoires-europeens/'
		],
		fits: {
			needs: ['partner_identification'],
			zones: ['europe', 'latin_america_caribbean'],
			motivations: ['attractiveness', 'shared_challenges'],
			themes: ['sustainable_development', 'economy_employment', 'climate'],
			models: [euFunds, astreEuFunds],
			scales: ['medium', 'large'],
			european: 'frame'
		},
		knownAs: { euProgrammes: ['interreg'] }
	},
	{
		id: 'ofaj',
		name: 'Office franco-allemand pour la jeunesse',
		shortName: 'OFAJ',
		mention: { text: 'OFAJ', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Subventions pour les rencontres de jeunes organisées dans le cadre des jumelages franco-allemands, ou à trois pays, chez le partenaire ou dans un lieu tiers.',
		eligibility: {
			requires: [{ kind: 'partner_in', countries: ['DE'], label: 'l’Allemagne' }],
			note: 'Communes jumelées avec une ville allemande, comités de jumelage et associations ; conditions (âge, durée, réciprocité) et forfaits à vérifier auprès de l’OFAJ.',
			source: 'dispositifs.md, §7 (OFAJ)'
		},
		figures: [],
		url: 'https://ofaj.org/les-axes-prioritaires-de-lofaj/les-jumelages-et-les-partenariats-regionaux-un-fondement-de-lofaj',
		urlLabel: 'Page de l’OFAJ sur les jumelages',
		checkedAt: RECHECKED,
		sources: [
			'http://afccre.org/de/articles/loffice-franco-allemand-pour-la-jeunesse-ofaj-0',
			'https://fgyo.org/node/7798'
		],
		fits: {
			countries: ['DE'],
			themes: ['youth_mobility'],
			motivations: ['youth_mobility'],
			startingActions: ['youth_mobility', 'twinning']
		}
	},
	{
		id: 'franco_german_citizens_fund',
		name: 'Fonds citoyen franco-allemand',
		mention: { text: 'fonds citoyen franco-allemand', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Fonds géré par l’OFAJ depuis 2020, né du traité d’Aix-la-Chapelle, qui finance rencontres, événements et projets citoyens franco-allemands ; environ la moitié des projets soutenus sont liés à un jumelage.',
		eligibility: {
			requires: [{ kind: 'partner_in', countries: ['DE'], label: 'l’Allemagne' }],
			note: 'Associations, comités de jumelage, communes et collectivités, groupes d’au moins trois personnes, pour un projet franco-allemand ; montants par catégorie de projet à vérifier auprès du fonds.',
			source: 'dispositifs.md, §7 (Fonds citoyen franco-allemand)'
		},
		figures: [figure('En 2022 : budget de 5 M€.', 2022)],
		url: 'https://www.fondscitoyen.eu/qui-sommes-nous-nv',
		urlLabel: 'Site du Fonds citoyen franco-allemand',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://www.fondscitoyen.eu/qui-sommes-nous-nv',
			'https://banquedesterritoires.fr/les-jumelages-franco-allemands-font-de-la-resistance'
		],
		fits: { countries: ['DE'], motivations: ['social_cohesion', 'openness'], startingActions: ['twinning'] }
	},
	{
		id: 'jsi_vvvsi',
		name: 'Programmes JSI et VVVSI (FONJEP)',
		shortName: 'JSI et VVVSI',
		mention: { text: 'programmes JSI et VVVSI', gender: 'masculine', plural: true, article: true },
		kind: 'programme',
		offers: 'Programmes du ministère gérés par le FONJEP : un groupe de jeunes mène, avec une association française et une association partenaire, un projet collectif de solidarité d’environ deux semaines, à l’étranger ou en France. La collectivité y contribue comme cofinanceur ou partenaire, pas comme porteur.',
		eligibility: {
			requires: [],
			note: 'Projets portés par une association française parrainée par une structure agréée (les réseaux régionaux peuvent parrainer) ; les plafonds de subvention diffèrent selon les sources, à vérifier auprès de votre réseau régional.',
			source: 'dispositifs.md, §7 (FONJEP – JSI / VVVSI)'
		},
		figures: [
			figure(
				'Selon la session 2022-2023 : groupes de 4 à 16 jeunes de 15 à 25 ans, dans un pays éligible à l’APD ou en France.',
				2022
			)
		],
		url: 'https://www.fonjep.org',
		urlLabel: 'Site du FONJEP',
		checkedAt: RECHECKED,
		sources: [
			'https://humanis.org/programmes-fonjep-jsi-et-vvv-si/',
			'https://www.unidivers.fr/event/lancement-du-programme-jeunesse-et-solidarite-internationale-jsi-et-ville-vie-vacances-et-solidarite-internationale-vvv-si-region-paca-2022-05-11/'
		],
		fits: {
			themes: ['youth_mobility'],
			motivations: ['youth_mobility', 'international_solidarity'],
			startingActions: ['youth_mobility'],
			localActors: youthAssociations
		},
		forLocalActors: true
	},
	{
		id: 'guilde_microprojects',
		name: 'Programme Microprojets de La Guilde',
		shortName: 'Microprojets La Guilde',
		mention: { text: 'programme Microprojets de La Guilde', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Accompagnement et subventions pour les petites associations de solidarité internationale, avec l’AFD et les réseaux régionaux ; il ne finance pas la coopération décentralisée elle-même, mais peut soutenir les associations de votre territoire.',
		eligibility: {
			requires: [],
			note: 'Associations déclarées depuis plus de deux ans et aux ressources modestes (conditions de l’appel en cours sur le site de La Guilde).',
			source: 'dispositifs.md, §7 (Programme Microprojets)'
		},
		figures: [
			figure(
				'Selon l’appel du printemps 2024 : de 3 000 € à 12 500 € par projet (jusqu’à 20 000 € pour une association déjà financée), dans la limite de 50 % des dépenses, pour des associations aux ressources inférieures à 200 000 €.',
				2024
			),
			calendar(
				'Selon l’appel du printemps 2026 : les projets au Mali et au Burkina Faso ne sont pas éligibles, ceux au Niger sous conditions.',
				2026,
				RECHECKED
			)
		],
		url: 'https://la-guilde.org',
		urlLabel: 'Site de La Guilde',
		checkedAt: RECHECKED,
		sources: [
			'https://portailsolidaire.org/appel-a-projets-printemps-2024-la-guilde-2-2',
			'https://www.ycid.fr/appel-projet/appel-a-projet-printemps-2026-de-la-guilde'
		],
		fits: {
			motivations: ['international_solidarity'],
			startingActions: ['local_actor_support'],
			localActors: associations
		},
		forLocalActors: true
	}
];
