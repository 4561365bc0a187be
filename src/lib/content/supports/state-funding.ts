// The ministry's support (DCTCIV, fact sheet §6) and the AFD's FICOL (§4). Co-funding rates
// fell in 2025: only the 2025 rates are shown, with their year.
import type { SupportOption } from './types';

const dctcivPage =
	'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/la-delegation-pour-les-collectivites-territoriales-et-la-societe-civile-dctciv/article/la-delegation-pour-les-collectivites-territoriales-et-la-societe-civile-dctciv';
const cofundingGuide =
	'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/financer-mes-projets-de-cooperation-decentralisee/guide-pratique-du-cofinancement/';
const rates2025 = 'https://bretagne-solidaire.bzh/appel-projet/meae-les-financements-en-soutien-a-la-cooperation-decentralisee-pour-lannee-2025';
const calendar2025 = 'https://jumelages-partenariats.com/home/pt/actualites.php?n=22741';
const prerequisites = 'Déclaration d’APD à jour, comptes rendus des projets déjà cofinancés et mise à jour de l’Atlas exigés avant tout dépôt.';

export const stateFunding: readonly SupportOption[] = [
	{
		id: 'dctciv_advice',
		name: 'Délégation pour les collectivités territoriales et la société civile (ministère de l’Europe et des Affaires étrangères)',
		shortName: 'DCTCIV',
		mention: { text: 'DCTCIV', gender: 'feminine', article: true },
		kind: 'support',
		offers:
			'Service du ministère qui a succédé à la DAECT fin 2023 : information et conseil aux collectivités, stratégies par pays avec les ambassades, Atlas de la coopération décentralisée et appels à projets.',
		eligibility: { note: 'Toutes les collectivités.' },
		figures: [],
		url: dctcivPage,
		contact: 'secretariat.dgm-dctciv@diplomatie.gouv.fr, 01 43 17 62 64',
		sources: [dctcivPage, calendar2025],
		fits: { needs: ['funding_information', 'legal_information', 'partner_identification'], obstacles: ['funding_information'], starting: true },
		fallbackWithoutNetwork: true
	},
	{
		id: 'oda_declaration',
		name: 'Déclaration de l’aide publique au développement (e-APD)',
		shortName: 'Déclaration APD',
		mention: { text: 'déclaration de l’aide publique au développement', gender: 'feminine', article: true },
		kind: 'funding',
		offers:
			'Déclaration annuelle obligatoire, sur le site de la Commission nationale de la coopération décentralisée, des sommes consacrées au développement : coopérations avec des pays éligibles, « 1 % », subventions à des associations, sensibilisation, accueil de réfugiés… Elle conditionne les cofinancements du ministère.',
		eligibility: { note: 'Régions, départements, intercommunalités et communes qui ont engagé de telles dépenses l’année précédente.' },
		figures: [{ text: 'Selon la campagne 2024 : déclaration du 15 avril au 31 mai, pour les montants de l’année précédente.', year: 2024 }],
		url: 'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/aide-publique-au-developpement-apd-des-collectivites/article/e-apd-2024-declarez-vos-donnees-2023',
		sources: [
			'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/aide-publique-au-developpement-apd-des-collectivites/article/e-apd-2024-declarez-vos-donnees-2023',
			'https://maire-info.com/aide-publique-au-developpement-declaration-obligatoire-pour-les-collectivites-avant-le-31-mai-article2-27426'
		],
		fits: { needs: ['oda_declaration'] }
	},
	{
		id: 'dctciv_general_call',
		name: 'Appel à projets généraliste du ministère',
		mention: { text: 'appel à projets généraliste du ministère', gender: 'masculine', article: true },
		kind: 'funding',
		offers:
			'Cofinancement des projets de coopération décentralisée dont la collectivité française assure la maîtrise d’ouvrage avec son partenaire étranger ; le dossier comprend une convention signée avec lui et une délibération ou des lettres d’intention chiffrées.',
		eligibility: {
			requiresCapacity: ['foreign_partnership'],
			requiresOdaDeclaration: true,
			note: `Collectivités et groupements, seuls ou à plusieurs, liés par une convention à une collectivité étrangère. ${prerequisites}`
		},
		figures: [
			{
				text: 'Selon l’appel 2025 : jusqu’à 70 % du projet avec un pays moins avancé, 50 % avec un autre pays éligible à l’APD, 30 % avec un pays non éligible.',
				year: 2025
			},
			{ text: 'Selon l’appel 2025 : les collectivités françaises apportent au moins 10 % du budget, dont la moitié au plus en valorisation (temps d’agents…).', year: 2025 },
			{ text: 'Selon le calendrier 2025 : dépôt du 7 avril au 30 mai.', year: 2025 }
		],
		url: cofundingGuide,
		sources: [cofundingGuide, rates2025, 'https://mairesdefrance.com/m/article/print.php?id=28289', calendar2025],
		fits: {
			needs: ['funding_information'],
			obstacles: ['financial_means'],
			models: ['humanis', 'cosmin', 'climapart', 'astre'],
			leastDevelopedPartners: true
		},
		knownAs: { fundingSources: ['meae'] }
	},
	{
		id: 'dctciv_cles_en_main',
		name: 'Programmes « Clés en main » du ministère',
		shortName: 'Clés en main',
		mention: { text: 'programmes « Clés en main » du ministère', gender: 'masculine', plural: true, article: true },
		kind: 'programme',
		offers:
			'Programmes mutualisés, portés par une association ou un groupement qui réunit des collectivités (réseau régional, France Volontaires…), grâce auxquels une collectivité sans expérience, sans équipe dédiée ou sans partenariat formel peut prendre part à une coopération.',
		eligibility: { note: 'On y entre en rejoignant un programme porté par une structure collective, souvent le réseau régional : c’est elle qui candidate.' },
		figures: [
			{ text: 'Selon l’appel 2024-2026 : au moins 3 collectivités participent à chaque programme.', year: 2024 },
			{ text: 'Selon le calendrier 2025 : dépôt du 28 avril au 6 juin.', year: 2025 }
		],
		url: 'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/appels-a-projets-et-fonds-en-soutien-a-la-cooperation-decentralisee/appel-a-propositions-programmes-de-cooperation-decentralisee-cles-en-main/',
		sources: [
			'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/appels-a-projets-et-fonds-en-soutien-a-la-cooperation-decentralisee/appel-a-propositions-programmes-de-cooperation-decentralisee-cles-en-main/',
			'https://banquedesterritoires.fr/cooperation-decentralise-les-programme-des-appels-projets-2024',
			calendar2025
		],
		fits: {
			needs: ['project_design', 'technical_support', 'action_identification', 'partner_identification'],
			obstacles: ['human_means', 'knowledge'],
			models: ['humanis', 'cosmin', 'cimob'],
			startingActions: ['join_collective_programme'],
			starting: true
		},
		preparesFor: ['dctciv_general_call']
	},
	{
		id: 'dctciv_thematic_calls',
		name: 'Appels à projets thématiques du ministère',
		mention: { text: 'appels à projets thématiques du ministère', gender: 'masculine', plural: true, article: true },
		kind: 'funding',
		offers:
			'Appels distincts de l’appel généraliste, sur un thème : en 2025 le sport, l’océan et le patrimoine ; en 2024 aussi l’égalité femmes-hommes, le numérique, la sécurité alimentaire, l’Amérique latine et les Caraïbes.',
		eligibility: { requiresCapacity: ['foreign_partnership'], requiresOdaDeclaration: true, note: `Collectivités engagées avec un partenaire étranger. ${prerequisites}` },
		figures: [],
		url: 'https://www.aimf.asso.fr/actualite/decouvrez-les-appels-a-projets-2024-de-la-daect-en-soutien-a-la-cooperation-decentralisee/',
		sources: ['https://www.aimf.asso.fr/actualite/decouvrez-les-appels-a-projets-2024-de-la-daect-en-soutien-a-la-cooperation-decentralisee/', calendar2025],
		fits: {
			themes: ['sport', 'culture_heritage', 'gender_equality', 'agriculture_food'],
			zones: ['latin_america_caribbean'],
			models: ['cosmin', 'humanis']
		},
		knownAs: { fundingSources: ['meae'] }
	},
	{
		id: 'dctciv_youth_call',
		name: 'Appel à projets « Jeunesse » du ministère',
		mention: { text: 'appel à projets « Jeunesse » du ministère', gender: 'masculine', article: true },
		kind: 'funding',
		offers:
			'Appel thématique mené avec le ministère chargé de la jeunesse, France Volontaires, l’OFAJ et d’autres partenaires, qui cofinance des coopérations décentralisées mobilisant des jeunes.',
		eligibility: { requiresCapacity: ['foreign_partnership'], requiresOdaDeclaration: true, note: `Collectivités engagées avec un partenaire étranger. ${prerequisites}` },
		figures: [{ text: 'Selon l’édition 2024 : 117 projets et environ 2 000 jeunes mobilisés depuis 2015.', year: 2024 }],
		url: 'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/financer-mes-projets-de-cooperation-decentralisee/appels-a-projets-thematiques/jeunesse/',
		sources: [
			'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/financer-mes-projets-de-cooperation-decentralisee/appels-a-projets-thematiques/jeunesse/',
			'https://www.territoires-solidaires.com/appel-projet/appel-a-projets-jeunesse-x/'
		],
		fits: {
			themes: ['youth_mobility', 'education'],
			motivations: ['youth_mobility', 'openness'],
			models: ['cimob']
		},
		knownAs: { fundingSources: ['meae', 'youth_ministry'] }
	},
	{
		id: 'dctciv_joint_funds',
		name: 'Fonds conjoints de coopération décentralisée',
		mention: { text: 'fonds conjoints de coopération décentralisée', gender: 'masculine', plural: true, article: true },
		kind: 'funding',
		offers:
			'Fonds montés par le ministère avec un pays partenaire (en 2025 : Liban, Arménie, Ukraine, Sénégal, Maroc, Territoires palestiniens) pour cofinancer les coopérations avec ce pays ; ces projets ne passent pas par l’appel généraliste.',
		eligibility: {
			requiresCapacity: ['foreign_partnership'],
			requiresOdaDeclaration: true,
			partnerCountries: ['LB', 'AM', 'UA', 'SN', 'MA', 'PS'],
			note: `Collectivités ayant un partenaire dans l’un de ces pays. ${prerequisites}`
		},
		figures: [],
		url: 'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/appels-a-projets-et-fonds-en-soutien-a-la-cooperation-decentralisee/appel-a-projets-annuels/article/appel-a-projets-generaliste-2018',
		sources: [calendar2025, 'https://mairesdefrance.com/m/article/print.php?id=28289'],
		fits: { needs: ['funding_information'], obstacles: ['financial_means'] },
		knownAs: { fundingSources: ['meae'] }
	},
	{
		id: 'ficol',
		name: 'FICOL, facilité de financement des collectivités territoriales (AFD)',
		shortName: 'FICOL',
		mention: { text: 'FICOL', gender: 'feminine', article: true },
		kind: 'funding',
		offers:
			'L’Agence française de développement finance directement des projets conçus et conduits par une collectivité française avec son partenaire, dans un pays où elle intervient, sur les compétences de la collectivité.',
		eligibility: {
			requiresCapacity: ['cofunding_capacity', 'foreign_partnership'],
			note: 'Collectivités de tout échelon, leurs groupements et, depuis 2023, des collectifs de collectivités. La collectivité agit sur ses propres compétences, pas en simple bailleur, et porte une part locale importante. Règles de l’appel en cours et durée des projets à vérifier auprès de l’AFD.'
		},
		figures: [
			{
				text: 'Selon l’appel 2020 : subvention de 200 000 € à 1 500 000 € par projet, les collectivités et leurs partenaires apportant au moins 30 % du plan de financement.',
				year: 2020
			},
			{ text: 'De 2017 à 2022 : 63 projets dans 34 pays, pour 48 M€.', year: 2022 }
		],
		url: 'http://www.afd.fr/fr/la-ficol-un-tremplin-pour-laction-exterieure-des-territoires-francais',
		sources: [
			'http://www.afd.fr/fr/la-ficol-un-tremplin-pour-laction-exterieure-des-territoires-francais',
			'https://www.lianescooperation.org/appel-projet/ficol-appel-a-idees-2020/',
			'https://www.oc-cooperation.org/appel-projet/financements-des-collectivites-territoriales-francaises-ficol-2024-2/',
			'https://francaisaletranger.fr/2023/09/21/quest-ce-que-la-ficol-outil-de-financement-de-projets-de-developpement-de-lafd-pour-les-collectivites/'
		],
		fits: {
			needs: ['funding_information'],
			themes: ['water_sanitation', 'energy', 'waste', 'biodiversity_environment', 'sustainable_development'],
			motivations: ['shared_challenges', 'sdg'],
			models: ['climapart', 'astre']
		},
		knownAs: { fundingSources: ['afd_ficol'] }
	}
];
