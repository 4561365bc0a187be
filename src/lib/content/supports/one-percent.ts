// The « 1 % » mechanisms (fact sheet §5, checked again on 3 December 2026): each one is open only
// to the structures holding the matching service competence, on a decision of their elected
// officials. The water agencies likewise fund water and sanitation. The 1 % Solidaires programme is
// described as the study does (section 2); the fact sheet's note says that description prevails.
import { regions } from '../geography';
import { RECHECKED, claim, figure } from './facts';
import type { SupportOption } from './types';

const metropolitanRegions = regions.filter((r) => !r.overseas).map((r) => r.id);

/** The general code of local authorities on Légifrance (the articles' own ids were not all found). */
const cgct = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070633';
const onePercentRules = 'dispositifs.md, §5 ; code général des collectivités territoriales';

export const onePercent: readonly SupportOption[] = [
	{
		id: 'one_percent_water',
		name: '« 1 % eau et assainissement » (loi Oudin-Santini)',
		shortName: '1 % eau',
		mention: { text: '« 1 % eau et assainissement »', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Les structures compétentes en eau ou en assainissement peuvent consacrer une part de leurs recettes à l’accès à l’eau potable et à l’assainissement chez un partenaire : travaux, formation, sensibilisation, protection de la ressource, appui à la gestion du service (article L1115-1-1 du code général des collectivités territoriales).',
		eligibility: {
			requires: [{ kind: 'competence', ids: ['water', 'sanitation'] }],
			note: 'Communes, intercommunalités et syndicats mixtes compétents en eau potable ou en assainissement, sur décision de leurs élus ; les sommes sont à déclarer dans l’APD.',
			source: onePercentRules
		},
		figures: [
			figure(
				'Depuis la loi de 2005 : jusqu’à 1 % des recettes propres de chaque budget annexe, eau et assainissement comptés séparément.',
				2005
			)
		],
		url: cgct,
		urlLabel: 'Code général des collectivités territoriales, article L1115-1-1 (Légifrance)',
		checkedAt: RECHECKED,
		sources: [
			'http://www.pseau.org/fr/1pourcent/comment',
			'https://www.pseau.org/fr/questions-frequemment-posees-sur-loi-oudin-santini'
		],
		fits: { obstacles: ['financial_means'], themes: ['water_sanitation'], startingActions: ['one_percent'] },
		byDeliberation: true
	},
	{
		id: 'one_percent_waste',
		name: '« 1 % déchets »',
		shortName: '1 % déchets',
		mention: { text: '« 1 % déchets »', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Les structures compétentes pour les déchets ménagers peuvent financer des actions de coopération, d’aide au développement ou d’aide humanitaire dans la collecte et le traitement des déchets (article L1115-2 du code général des collectivités territoriales) ; AMORCE anime le groupe de travail national sur le sujet.',
		eligibility: {
			requires: [{ kind: 'competence', ids: ['waste'] }],
			note: 'Communes, intercommunalités et syndicats mixtes compétents en collecte ou traitement des déchets ménagers, ou qui perçoivent la taxe ou la redevance d’enlèvement.',
			source: onePercentRules
		},
		figures: [
			figure(
				'Depuis la loi du 7 juillet 2014 : jusqu’à 1 % des ressources affectées aux budgets de ces services.',
				2014
			)
		],
		url: cgct,
		urlLabel: 'Code général des collectivités territoriales, article L1115-2 (Légifrance)',
		checkedAt: RECHECKED,
		sources: [
			'https://amorce.asso.fr',
			'https://www.coalition-eau.org/actualite/la-loi-sur-le-developpement-cree-un-1-dechets/'
		],
		fits: { obstacles: ['financial_means'], themes: ['waste'], startingActions: ['one_percent'] },
		byDeliberation: true
	},
	{
		id: 'one_percent_energy',
		name: '« 1 % énergie »',
		shortName: '1 % énergie',
		mention: { text: '« 1 % énergie »', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Depuis l’« amendement Pintat » de 2006, qui a complété l’article L1115-1-1 du code général des collectivités territoriales, les structures compétentes en distribution publique d’électricité et de gaz peuvent financer des actions de solidarité internationale dans ce domaine ; le dispositif reste peu utilisé.',
		eligibility: {
			requires: [{ kind: 'competence', ids: ['energy'] }],
			note: 'Structures compétentes en distribution publique d’électricité ou de gaz ; plafond à vérifier auprès de votre réseau régional.',
			source: onePercentRules
		},
		figures: [],
		url: cgct,
		urlLabel: 'Code général des collectivités territoriales, article L1115-1-1 (Légifrance)',
		checkedAt: RECHECKED,
		sources: ['http://www.reseau-cicle.org/qui-sommes-nous/le-reseau-cicle/', 'https://ycid.fr/dispositifs-1'],
		fits: { obstacles: ['financial_means'], themes: ['energy', 'climate'], startingActions: ['one_percent'] },
		byDeliberation: true
	},
	{
		id: 'one_percent_mobility',
		name: '« 1 % mobilité »',
		shortName: '1 % mobilité',
		mention: { text: '« 1 % mobilité »', gender: 'masculine', article: true },
		kind: 'funding',
		offers: 'Depuis la loi de programmation du 4 août 2021 (article L1115-3 du code général des collectivités territoriales), les autorités organisatrices de la mobilité peuvent financer des coopérations, de l’aide d’urgence ou des actions de solidarité dans le domaine de la mobilité.',
		eligibility: {
			requires: [{ kind: 'competence', ids: ['mobility'] }],
			note: 'Autorités organisatrices de la mobilité, communes qui organisent encore des services de transport, Île-de-France Mobilités.',
			source: onePercentRules
		},
		figures: [
			figure(
				'Depuis la loi de 2021 : jusqu’à 1 % des ressources des budgets des services de mobilité, hors versement mobilité.',
				2021
			)
		],
		url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043904023',
		urlLabel: 'Code général des collectivités territoriales, article L1115-3 (Légifrance)',
		checkedAt: RECHECKED,
		sources: [
			'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043904023',
			'https://www.senat.fr/rap/a20-529/a20-5298.html'
		],
		fits: {
			obstacles: ['financial_means'],
			themes: ['mobility_transport', 'climate'],
			startingActions: ['one_percent']
		},
		byDeliberation: true
	},
	{
		id: 'one_percent_solidaires',
		name: 'Programme « 1 % Solidaires »',
		shortName: '1 % Solidaires',
		mention: { text: 'programme « 1 % Solidaires »', gender: 'masculine', article: true },
		kind: 'programme',
		offers: 'Programme mutualisé entre plusieurs réseaux régionaux et thématiques, qui sensibilise et accompagne les acteurs pour améliorer la qualité des projets d’accès aux services essentiels (eau, énergie, déchets) portés ou soutenus par des collectivités, y compris celles qui n’ont pas d’équipe dédiée.',
		eligibility: {
			requires: [],
			note: 'Collectivités et acteurs qui portent ou soutiennent un projet d’eau, d’énergie ou de déchets ; renseignez-vous auprès de votre réseau régional.',
			source: 'Étude ACTER (CIRRMA, 2024), section 2 ; dispositifs.md, §5'
		},
		figures: [],
		url: 'https://bfc-international.org/cooperation-et-projet-de-terrain/dispositifs-1-solidaires/',
		urlLabel: 'Page « Dispositifs 1 % Solidaires » de BFC International',
		checkedAt: RECHECKED,
		sources: [
			'Étude ACTER (CIRRMA, 2024), section 2',
			'https://bfc-international.org/cooperation-et-projet-de-terrain/dispositifs-1-solidaires/',
			'https://amorce.asso.fr/index.php/actualite/consortium-3-x-1-amorce-poursuit-son-investissement-en-faveur-de-la-cooperation-internationale-avec-ses-partenaires'
		],
		fits: {
			themes: ['water_sanitation', 'energy', 'waste'],
			startingActions: ['one_percent', 'join_collective_programme'],
			fewStaff: true,
			// it funds water, energy and waste projects: never proposed for the lack of a team alone
			thematic: true
		}
	},
	{
		id: 'water_agencies',
		name: 'Agences de l’eau',
		mention: { text: 'agences de l’eau', gender: 'feminine', plural: true, article: true },
		kind: 'funding',
		offers: 'Les six agences de l’eau consacrent une part de leurs ressources à la solidarité internationale et cofinancent les projets d’eau et d’assainissement des collectivités et associations de leur bassin, souvent aux côtés d’un « 1 % eau ».',
		eligibility: {
			requires: [
				{ kind: 'competence', ids: ['water', 'sanitation'] },
				// the six basins are metropolitan (Corsica is in Rhône-Méditerranée-Corse); overseas has offices de l’eau
				{ kind: 'territory', regions: metropolitanRegions, label: 'la métropole et la Corse (les six bassins)' }
			],
			note: 'Collectivités et syndicats de métropole et de Corse qui portent un projet d’eau ou d’assainissement, dans le bassin de l’agence ; taux d’aide et conditions propres à chaque agence, à vérifier auprès de celle de votre bassin.',
			source: 'dispositifs.md, §7 (agences de l’eau : « 6 bassins », « collectivités/syndicats du bassin ») ; les six bassins sont métropolitains (code de l’environnement, art. L213-8-1), l’outre-mer a ses offices de l’eau (art. L213-13) ; page commune des agences de l’eau'
		},
		figures: [
			figure(
				'Selon la page commune des agences, consultée en 2026 : environ 15 M€ par an pour la solidarité internationale.',
				2026,
				RECHECKED
			)
		],
		url: 'https://www.lesagencesdeleau.fr/solidarite-internationale',
		urlLabel: 'Page « Solidarité internationale » des agences de l’eau',
		checkedAt: RECHECKED,
		sources: [
			'https://www.lesagencesdeleau.fr/solidarite-internationale',
			'https://oc-cooperation.org/appel-projet/conditions-et-modalites-de-depots-de-projets-aupres-de-lagence-de-leau-adour-garonne'
		],
		fits: {
			themes: ['water_sanitation'],
			models: [
				claim(
					'climapart',
					'Elles ont des cofinancements provenant principalement du MEAE et/ou de l’AFD, des agences de l’eau et des fonds européens'
				)
			],
			// a grant for water projects: never proposed on the competence alone
			thematic: true
		},
		knownAs: { fundingSources: ['water_agencies'] }
	}
];
