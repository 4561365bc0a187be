// The ministry's support (DCTCIV, fact sheet §6) and the AFD's FICOL (§4). Co-funding rates fell in
// 2025: only the 2025 rates are shown, with their year. The ministry's calls ask for a partner
// authority abroad, a signed convention and an up-to-date ODA declaration (§6.2, §6.3).
import { FACT_SHEET_READ, RECHECKED, calendar, claim, figure } from './facts';
import type { Requirement, SupportOption } from './types';

const diplomatie =
	'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales';
const dctcivPage = `${diplomatie}/la-delegation-pour-les-collectivites-territoriales-et-la-societe-civile-dctciv/article/la-delegation-pour-les-collectivites-territoriales-et-la-societe-civile-dctciv`;
const cofundingGuide = `${diplomatie}/financer-mes-projets-de-cooperation-decentralisee/guide-pratique-du-cofinancement/`;
const odaSection = `${diplomatie}/aide-publique-au-developpement-apd-des-collectivites`;
const rates2025 =
	'https://bretagne-solidaire.bzh/appel-projet/meae-les-financements-en-soutien-a-la-cooperation-decentralisee-pour-lannee-2025';
const calendar2025 = 'https://jumelages-partenariats.com/home/pt/actualites.php?n=22741';
const callRules = 'dispositifs.md, §6.2 et §6.3 (guide pratique du cofinancement)';
const prerequisites =
	'Déclaration d’APD à jour, comptes rendus des projets déjà cofinancés et mise à jour de l’Atlas exigés avant tout dépôt.';

/** What every call of the ministry asks of the French authority before it applies. */
const ministryCall: readonly Requirement[] = [
	{ kind: 'foreign_partnership' },
	{ kind: 'partner_convention' },
	{ kind: 'oda_declared' }
];

/** Countries with a joint fund in 2025 (§6.2): their projects are not eligible to the general call. */
const jointFundCountries = ['LB', 'AM', 'UA', 'SN', 'MA', 'PS'];
const jointFundLabel = 'le Liban, l’Arménie, l’Ukraine, le Sénégal, le Maroc ou les Territoires palestiniens';

/** The study: CLIMAPART co-funded by the ministry, COSMIN on thematic or geographic calls, CIMOB by the DAECT. */
const climapartCofunding = claim(
	'climapart',
	'Elles ont des cofinancements provenant principalement du MEAE et/ou de l’AFD'
);
const cimobDaect = claim('cimob', 'Financement DAECT et faibles lignes budgétaires', '6, tableau de synthèse');
const cosminCalls = claim(
	'cosmin',
	'Elles peuvent obtenir des financements du MEAE sur des AAP thématiques ou géographiques'
);

export const stateFunding: readonly SupportOption[] = [
	{
		id: 'dctciv_advice',
		name: 'Délégation pour les collectivités territoriales et la société civile (ministère de l’Europe et des Affaires étrangères)',
		shortName: 'DCTCIV',
		mention: { text: 'DCTCIV', gender: 'feminine', article: true },
		kind: 'support',
		offers: 'Service du ministère qui a succédé à la DAECT fin 2023 : information et conseil aux collectivités, stratégies par pays avec les ambassades, Atlas de la coopération décentralisée et appels à projets.',
		eligibility: { requires: [], note: 'Toutes les collectivités.', source: 'dispositifs.md, §6.1' },
		figures: [],
		url: dctcivPage,
		urlLabel: 'Page de la DCTCIV sur diplomatie.gouv.fr',
		checkedAt: RECHECKED,
		contact: 'secretariat.dgm-dctciv@diplomatie.gouv.fr, 01 43 17 62 64',
		sources: [dctcivPage, calendar2025],
		fits: {
			needs: ['funding_information', 'legal_information', 'partner_identification'],
			obstacles: ['funding_information'],
			starting: true
		},
		fallbackWithoutNetwork: true
	},
	{
		id: 'oda_declaration',
		name: 'Déclaration de l’aide publique au développement (APD)',
		shortName: 'Déclaration APD',
		mention: { text: 'déclaration de l’aide publique au développement', gender: 'feminine', article: true },
		kind: 'funding',
		offers: 'Déclaration annuelle obligatoire, faite depuis 2025 sur Démarches simplifiées, des sommes consacrées au développement : coopérations avec des pays éligibles, « 1 % », subventions à des associations, sensibilisation, accueil de réfugiés… Elle conditionne les cofinancements du ministère.',
		eligibility: {
			requires: [{ kind: 'engaged' }],
			note: 'Régions, départements, intercommunalités et communes qui ont engagé de telles dépenses l’année précédente (article L1115-6 du code général des collectivités territoriales).',
			source: 'dispositifs.md, §6.5'
		},
		figures: [
			calendar(
				'Selon la campagne 2025 : déclaration du 15 avril au 31 mai, pour les montants de l’année précédente.',
				2025,
				RECHECKED
			)
		],
		url: odaSection,
		urlLabel: 'Page de l’aide publique au développement des collectivités',
		checkedAt: RECHECKED,
		sources: [
			odaSection,
			'https://maire-info.com/aide-publique-au-developpement-declaration-obligatoire-pour-les-collectivites-avant-le-31-mai-article2-27426'
		],
		fits: { needs: ['oda_declaration'] }
	},
	{
		id: 'dctciv_general_call',
		name: 'Appel à projets généraliste du ministère',
		mention: { text: 'appel à projets généraliste du ministère', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Cofinancement des projets de coopération décentralisée dont la collectivité française assure la maîtrise d’ouvrage avec son partenaire étranger ; le dossier comprend une convention signée avec lui et une délibération ou des lettres d’intention chiffrées.',
		eligibility: {
			requires: [
				...ministryCall,
				{
					kind: 'partner_outside',
					countries: jointFundCountries,
					label: 'les pays dotés d’un fonds conjoint (Liban, Arménie, Ukraine, Sénégal, Maroc, Territoires palestiniens)',
					instead: 'des fonds conjoints de coopération décentralisée, non éligibles à l’appel généraliste'
				}
			],
			note: `Collectivités et groupements, seuls ou à plusieurs, liés par une convention à une collectivité étrangère hors des pays dotés d’un fonds conjoint. ${prerequisites}`,
			source: `${callRules} ; les projets relevant d’un dispositif conjoint en sont exclus`
		},
		figures: [
			figure(
				'Selon l’appel 2025 : jusqu’à 70 % du projet avec un pays moins avancé, 50 % avec un autre pays éligible à l’APD, 30 % avec un pays non éligible.',
				2025
			),
			figure(
				'Selon l’appel 2025 : les collectivités françaises apportent au moins 10 % du budget, dont la moitié au plus en valorisation (temps d’agents…).',
				2025
			),
			calendar('Selon le calendrier 2025 : dépôt du 7 avril au 30 mai.', 2025)
		],
		url: cofundingGuide,
		urlLabel: 'Guide pratique du cofinancement du ministère',
		checkedAt: FACT_SHEET_READ,
		sources: [cofundingGuide, rates2025, 'https://mairesdefrance.com/m/article/print.php?id=28289', calendar2025],
		fits: {
			needs: ['funding_information'],
			obstacles: ['financial_means'],
			models: [climapartCofunding, cimobDaect],
			leastDevelopedPartners: true
		},
		knownAs: { ministryInstruments: ['general_call'] }
	},
	{
		id: 'dctciv_cles_en_main',
		name: 'Programmes « Clés en main » du ministère',
		shortName: 'Clés en main',
		mention: { text: 'programmes « Clés en main » du ministère', gender: 'masculine', plural: true, article: true },
		kind: 'programme',
		offers: 'Programmes mutualisés, portés par une association ou un groupement qui réunit des collectivités (réseau régional, France Volontaires…), grâce auxquels une collectivité sans expérience, sans équipe dédiée ou sans partenariat formel prend part à une coopération.',
		eligibility: {
			requires: [{ kind: 'without_own_means' }],
			note: 'Pour les collectivités sans expérience, sans moyens humains dédiés ou sans partenariat formel ; on y entre en rejoignant un programme porté par une structure collective, souvent le réseau régional, qui candidate.',
			source: 'dispositifs.md, §6.2 (appel « Clés en main » 2024-2026)'
		},
		figures: [
			figure('Selon l’appel 2024-2026 : au moins 3 collectivités participent à chaque programme.', 2024),
			calendar('Selon le calendrier 2025 : dépôt du 28 avril au 6 juin.', 2025)
		],
		url: `${diplomatie}/appels-a-projets-et-fonds-en-soutien-a-la-cooperation-decentralisee/appel-a-propositions-programmes-de-cooperation-decentralisee-cles-en-main/`,
		urlLabel: 'Appel « Clés en main » sur diplomatie.gouv.fr',
		checkedAt: RECHECKED,
		sources: [
			`${diplomatie}/appels-a-projets-et-fonds-en-soutien-a-la-cooperation-decentralisee/appel-a-propositions-programmes-de-cooperation-decentralisee-cles-en-main/`,
			'https://banquedesterritoires.fr/cooperation-decentralise-les-programme-des-appels-projets-2024',
			calendar2025
		],
		fits: {
			needs: ['project_design', 'technical_support', 'action_identification', 'partner_identification'],
			obstacles: ['human_means', 'knowledge'],
			startingActions: ['join_collective_programme'],
			starting: true,
			fewStaff: true
		},
		knownAs: { ministryInstruments: ['cles_en_main'] },
		preparesFor: ['dctciv_general_call']
	},
	{
		id: 'dctciv_thematic_calls',
		name: 'Appels à projets thématiques du ministère',
		mention: {
			text: 'appels à projets thématiques du ministère',
			gender: 'masculine',
			plural: true,
			article: true
		},
		kind: 'funding',
		offers: 'Appels distincts de l’appel généraliste, sur un thème : en 2025 le sport, l’océan et le patrimoine ; en 2024 aussi l’égalité femmes-hommes, le numérique, la sécurité alimentaire, l’Amérique latine et les Caraïbes.',
		eligibility: {
			requires: ministryCall,
			note: `Collectivités engagées avec un partenaire étranger, par une convention. ${prerequisites}`,
			source: callRules
		},
		figures: [],
		url: cofundingGuide,
		urlLabel: 'Guide pratique du cofinancement du ministère',
		checkedAt: RECHECKED,
		sources: [
			'https://www.aimf.asso.fr/actualite/decouvrez-les-appels-a-projets-2024-de-la-daect-en-soutien-a-la-cooperation-decentralisee/',
			calendar2025
		],
		fits: {
			themes: ['sport', 'culture_heritage', 'gender_equality', 'agriculture_food'],
			zones: ['latin_america_caribbean'],
			models: [cosminCalls]
		},
		knownAs: { ministryInstruments: ['thematic_call'] }
	},
	{
		id: 'dctciv_youth_call',
		name: 'Appel à projets « Jeunesse » du ministère',
		mention: { text: 'appel à projets « Jeunesse » du ministère', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Appel thématique mené avec le ministère chargé de la jeunesse, France Volontaires, l’OFAJ et d’autres partenaires, qui cofinance des coopérations décentralisées mobilisant des jeunes.',
		eligibility: {
			requires: ministryCall,
			note: `Collectivités engagées avec un partenaire étranger, par une convention. ${prerequisites}`,
			source: callRules
		},
		figures: [
			figure('À l’édition IX de l’appel : 117 projets et environ 2 000 jeunes mobilisés depuis 2015.', 2023)
		],
		url: `${diplomatie}/financer-mes-projets-de-cooperation-decentralisee/appels-a-projets-thematiques/jeunesse/`,
		urlLabel: 'Appel « Jeunesse » sur diplomatie.gouv.fr',
		checkedAt: FACT_SHEET_READ,
		sources: [
			`${diplomatie}/financer-mes-projets-de-cooperation-decentralisee/appels-a-projets-thematiques/jeunesse/`,
			'https://www.territoires-solidaires.com/appel-projet/appel-a-projets-jeunesse-x/'
		],
		fits: { themes: ['youth_mobility'], motivations: ['youth_mobility'], models: [cimobDaect] },
		knownAs: { ministryInstruments: ['youth_call'] }
	},
	{
		id: 'dctciv_joint_funds',
		name: 'Fonds conjoints de coopération décentralisée',
		mention: {
			text: 'fonds conjoints de coopération décentralisée',
			gender: 'masculine',
			plural: true,
			article: true
		},
		kind: 'funding',
		offers: 'Fonds montés par le ministère avec un pays partenaire (en 2025 : Liban, Arménie, Ukraine, Sénégal, Maroc, Territoires palestiniens) pour cofinancer les coopérations avec ce pays ; ces projets ne passent pas par l’appel généraliste.',
		eligibility: {
			requires: [
				...ministryCall,
				{
					kind: 'partner_in',
					countries: jointFundCountries,
					label: jointFundLabel
				}
			],
			note: `Collectivités ayant un partenaire dans l’un de ces pays, par une convention. ${prerequisites}`,
			source: 'dispositifs.md, §6.2 (calendrier 2025 révisé, dispositifs conjoints)'
		},
		figures: [],
		url: dctcivPage,
		urlLabel: 'Page de la DCTCIV sur diplomatie.gouv.fr',
		checkedAt: RECHECKED,
		sources: [calendar2025, 'https://mairesdefrance.com/m/article/print.php?id=28289'],
		fits: { needs: ['funding_information'], obstacles: ['financial_means'], models: [cosminCalls] },
		knownAs: { ministryInstruments: ['joint_fund'] }
	},
	{
		id: 'ficol',
		name: 'FICOL, facilité de financement des collectivités territoriales (AFD)',
		shortName: 'FICOL',
		mention: { text: 'FICOL', gender: 'feminine', article: true },
		kind: 'funding',
		offers: 'L’Agence française de développement finance directement des projets conçus et conduits par une collectivité française avec son partenaire, dans un pays où elle intervient, sur les compétences de la collectivité.',
		eligibility: {
			requires: [{ kind: 'foreign_partnership' }, { kind: 'partner_in_oda_country' }, { kind: 'ficol_capacity' }],
			note: 'Collectivités de tout échelon, leurs groupements et, depuis 2023, des collectifs de collectivités, avec un partenaire dans un pays où l’AFD intervient. La collectivité agit sur ses propres compétences, pas en simple bailleur, et porte une part locale importante. Règles de l’appel en cours et durée des projets à vérifier auprès de l’AFD.',
			source: 'dispositifs.md, §4'
		},
		figures: [
			figure(
				'Selon l’appel 2020 : subvention de 200 000 € à 1 500 000 € par projet, les collectivités et leurs partenaires apportant au moins 30 % du plan de financement.',
				2020
			),
			figure('De 2017 à 2022 : 63 projets dans 34 pays, pour 48 M€.', 2022)
		],
		url: 'https://www.afd.fr/fr/la-ficol-un-tremplin-pour-laction-exterieure-des-territoires-francais',
		urlLabel: 'Page de la FICOL sur le site de l’AFD',
		checkedAt: RECHECKED,
		sources: [
			'https://www.afd.fr/fr/la-ficol-un-tremplin-pour-laction-exterieure-des-territoires-francais',
			'https://www.lianescooperation.org/appel-projet/ficol-appel-a-idees-2020/',
			'https://www.oc-cooperation.org/appel-projet/financements-des-collectivites-territoriales-francaises-ficol-2024-2/',
			'https://francaisaletranger.fr/2023/09/21/quest-ce-que-la-ficol-outil-de-financement-de-projets-de-developpement-de-lafd-pour-les-collectivites/'
		],
		fits: {
			needs: ['funding_information'],
			themes: [
				'water_sanitation',
				'energy',
				'waste',
				'biodiversity_environment',
				'sustainable_development',
				'climate'
			],
			motivations: ['shared_challenges', 'sdg'],
			models: [climapartCofunding],
			scales: ['medium', 'large']
		},
		knownAs: { fundingSources: ['afd_ficol'] }
	}
];
