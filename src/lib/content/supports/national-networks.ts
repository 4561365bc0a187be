// National networks and support bodies (fact sheet §2, §3, §7). Those flagged as fallbacks are
// the contacts the fact sheet suggests where no regional network exists (§1.3).
import { FACT_SHEET_READ, RECHECKED, calendar, claim } from './facts';
import type { SupportOption } from './types';

export const nationalNetworks: readonly SupportOption[] = [
	{
		id: 'cuf',
		name: 'Cités Unies France',
		shortName: 'CUF',
		mention: { text: 'Cités Unies France', gender: 'feminine' },
		kind: 'network',
		offers: 'Fédération des collectivités françaises engagées à l’international, créée en 1975 : information, conseil pour bâtir un partenariat ou organiser son action, formations pour élus, agents et comités de jumelage, Rencontres annuelles de l’action internationale et fonds de solidarité ouverts aux collectivités.',
		eligibility: {
			requires: [],
			note: 'Toutes les collectivités ; l’adhésion fait aussi entrer dans le réseau mondial CGLU. Barème de cotisation à vérifier auprès de Cités Unies France.',
			source: 'dispositifs.md, §2'
		},
		figures: [],
		url: 'https://cites-unies-france.org',
		urlLabel: 'Site de Cités Unies France',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://rencontres-action-internationale-collectivites.org/-Cites-unies-France-EN-',
			'http://www.ambafrance-bj.org/Cites-Unies-France-un-acteur',
			'https://cooperation-decentralisee.com/-Actualites-?debut_autres_articles=10'
		],
		fits: {
			needs: ['peer_information', 'funding_information', 'partner_identification', 'project_design'],
			obstacles: ['knowledge', 'funding_information'],
			models: [claim('astre', 'Elle est adhérente à CUF et au RRMA de sa région')],
			starting: true
		},
		fallbackWithoutNetwork: true,
		knownAs: { networks: ['cuf'], supportProviders: ['cuf'] }
	},
	{
		id: 'cuf_country_groups',
		name: 'Groupes-pays de Cités Unies France',
		mention: { text: 'groupes-pays de Cités Unies France', gender: 'masculine', plural: true, article: true },
		kind: 'network',
		offers: 'Groupes animés par Cités Unies France avec le ministère, où les collectivités qui coopèrent avec un même pays (Sénégal, Maroc, Mauritanie…) échangent, préparent des actions communes et suivent les dispositifs propres à ce pays.',
		eligibility: {
			requires: [{ kind: 'foreign_partnership' }],
			note: 'Collectivités ayant un partenaire dans le pays du groupe ; certains ateliers sont réservés aux adhérents.',
			source: 'dispositifs.md, §2'
		},
		figures: [],
		url: 'https://cites-unies-france.org',
		urlLabel: 'Site de Cités Unies France',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://cooperation-decentralisee.com/-Actualites-?debut_autres_articles=10',
			'http://www.ambafrance-bj.org/Cites-Unies-France-un-acteur'
		],
		// the country groups the fact sheet names (§2: Mauritanie, Sénégal, Maroc)
		fits: {
			needs: ['peer_information', 'partner_identification'],
			countries: ['MR', 'SN', 'MA'],
			anyPartnerCountry: true
		}
	},
	{
		id: 'dcol',
		name: 'DCOL, dispositif d’appui à l’action internationale des collectivités',
		shortName: 'DCOL',
		mention: { text: 'DCOL', gender: 'masculine', article: true },
		kind: 'support',
		offers: 'Dispositif de Cités Unies France, lancé en 2018, qui met une expertise à disposition de la collectivité pour élaborer sa stratégie internationale ou pour mettre en œuvre un projet de coopération. Le dernier appel à propositions connu date de 2019 : demandez à Cités Unies France s’il est rouvert.',
		eligibility: {
			requires: [],
			note: 'Collectivités, sur appel à propositions ; part du coût prise en charge, plafond, condition d’adhésion et calendrier à vérifier auprès de Cités Unies France.',
			source: 'dispositifs.md, §3'
		},
		figures: [
			calendar(
				'Dernier appel à propositions connu : le deuxième, ouvert le 5 février 2019 et clos le 11 mars 2019.',
				2019,
				RECHECKED
			)
		],
		url: 'https://cites-unies-france.org/Dispositif-d-appui-a-l-action-internationale-des-collectivites-territoriales-le',
		urlLabel: 'Page du DCOL sur le site de Cités Unies France',
		checkedAt: RECHECKED,
		sources: [
			'https://www.horizons-solidaires.org/cites-unies-france-lancement-du-2e-appel-a-proposition-dcol-pour-les-collectivites-locales/page/10/?et_blog',
			'https://territoires-solidaires.com/actualite/comment-elaborer-une-strategie-daction-internationale'
		],
		fits: {
			needs: ['project_design', 'action_identification', 'technical_support'],
			obstacles: ['human_means', 'knowledge']
		},
		preparesFor: ['ficol']
	},
	{
		id: 'afccre',
		name: 'Association française du Conseil des communes et régions d’Europe',
		shortName: 'AFCCRE',
		mention: { text: 'AFCCRE', gender: 'feminine', article: true },
		kind: 'network',
		offers: 'Section française du Conseil des communes et régions d’Europe : conseil, veille et formation sur l’Europe, recherche de partenaires et de financements européens, et un savoir-faire ancien sur les jumelages européens.',
		eligibility: {
			requires: [
				{
					kind: 'authority_types',
					ids: [
						'municipality',
						'community_of_communes',
						'agglomeration_community',
						'urban_community',
						'metropolis',
						'department',
						'region'
					]
				}
			],
			note: 'Communes, intercommunalités, départements et régions, sur adhésion (barème à vérifier auprès de l’AFCCRE).',
			source: 'dispositifs.md, §7 (AFCCRE)'
		},
		figures: [],
		url: 'https://www.afccre.org',
		urlLabel: 'Site de l’AFCCRE',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://www.afccre.org/de/node/3998',
			'https://magcentre.fr/178658-afccre-une-organisation-europeenne-qui-a-son-siege-a-orleans',
			'https://www.environnement-magazine.fr/territoires/article/2010/07/26/29162/guide-pour-reussir-son-jumelage'
		],
		fits: {
			needs: ['partner_identification', 'legal_information'],
			zones: ['europe'],
			motivations: ['openness', 'social_cohesion', 'cultural_diversity'],
			startingActions: ['twinning'],
			// a European network (« jumelages/Europe », fact sheet §1.3): nothing to offer a partnership elsewhere
			european: 'acting'
		},
		fallbackWithoutNetwork: true,
		knownAs: { networks: ['afccre'] }
	},
	{
		id: 'arricod',
		name: 'ARRICOD, réseau des professionnels de l’action européenne et internationale des collectivités',
		shortName: 'ARRICOD',
		mention: { text: 'ARRICOD', gender: 'masculine' },
		kind: 'network',
		offers: 'Réseau des agents chargés de l’action européenne et internationale des collectivités : « Universités » annuelles inscrites au catalogue du CNFPT, fiches pratiques et boîte à outils.',
		eligibility: {
			requires: [{ kind: 'agents_involved' }],
			note: 'Agents territoriaux chargés de l’action européenne ou internationale, qui adhèrent à titre personnel.',
			source: 'dispositifs.md, §7 (ARRICOD)'
		},
		figures: [],
		url: 'https://arricod.fr',
		urlLabel: 'Site d’ARRICOD',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://arricod.fr/author/arricod/page/12',
			'https://issuu.com/equipoparadiplomacia/docs/revista_tip-savoir_faire_2_fr/s/14240110'
		],
		fits: {
			needs: ['legal_information', 'peer_information', 'technical_support'],
			obstacles: ['administrative', 'knowledge'],
			scales: ['medium', 'large']
		}
	},
	{
		id: 'f3e',
		name: 'F3E',
		mention: { text: 'F3E', gender: 'masculine', article: true },
		kind: 'support',
		offers: 'Réseau qui aide ses membres, associations et collectivités, à mener études préalables, évaluations et capitalisation de leurs actions, et qui propose des formations.',
		eligibility: {
			requires: [],
			note: 'Membres du réseau (associations et collectivités) ; taux de cofinancement actuels à vérifier auprès du F3E.',
			source: 'dispositifs.md, §7 (F3E)'
		},
		figures: [],
		url: 'https://f3e.asso.fr',
		urlLabel: 'Site du F3E',
		checkedAt: FACT_SHEET_READ,
		sources: ['https://f3e.asso.fr/decouvrir-le-f3e/un-peu-dhistoire', 'https://doczz.fr/doc/2313930/'],
		fits: { needs: ['technical_support'], scales: ['medium', 'large'] },
		knownAs: { supportProviders: ['f3e'] }
	},
	{
		id: 'ps_eau',
		name: 'pS-Eau, Programme Solidarité Eau',
		shortName: 'pS-Eau',
		mention: { text: 'pS-Eau', gender: 'masculine' },
		kind: 'support',
		offers: 'Association d’appui-conseil pour la coopération dans l’eau et l’assainissement : méthode et réponses pratiques sur le « 1 % eau », ressources documentaires et antennes régionales.',
		eligibility: {
			requires: [],
			note: 'Collectivités, syndicats d’eau et d’assainissement, associations ; gratuité de l’appui à vérifier auprès de pS-Eau.',
			source: 'dispositifs.md, §7 (pS-Eau)'
		},
		figures: [],
		url: 'https://www.pseau.org',
		urlLabel: 'Site de pS-Eau',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://www.pseau.org/fr/questions-frequemment-posees-sur-loi-oudin-santini',
			'https://www.environnement-magazine.fr/eau/article/2009/11/01/14837/programme-solidarite-eau-fete-ses-25-ans'
		],
		fits: { themes: ['water_sanitation'], startingActions: ['one_percent'], thematic: true },
		fallbackWithoutNetwork: true,
		knownAs: { supportProviders: ['ps_eau'] }
	},
	{
		id: 'france_volontaires',
		name: 'France Volontaires',
		mention: { text: 'France Volontaires', gender: 'feminine' },
		kind: 'support',
		offers: 'Plateforme française du volontariat international d’échange et de solidarité, opérateur du ministère : elle aide les collectivités à construire des missions de volontariat, notamment par le programme « Territoires volontaires » (TEVO). Depuis la loi du 4 août 2021, une collectivité peut aussi accueillir des volontaires étrangers en réciprocité.',
		eligibility: {
			requires: [],
			note: 'Toutes les collectivités, y compris les plus petites.',
			source: 'dispositifs.md, §7 (France Volontaires)'
		},
		figures: [],
		url: 'https://france-volontaires.org',
		urlLabel: 'Site de France Volontaires',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://france-volontaires.org/embed',
			'https://france-volontaires.org/le-volontariat-de-reciprocite',
			'https://france-volontaires.org/actualite/ouverture-du-volontariat-de-solidarite-internationale-a-la-reciprocite-un-nouveau-cadre-legal-et-reglementaire-finalise'
		],
		fits: {
			themes: ['youth_mobility'],
			motivations: ['youth_mobility', 'openness'],
			startingActions: ['youth_mobility'],
			starting: true
		},
		fallbackWithoutNetwork: true
	}
];
