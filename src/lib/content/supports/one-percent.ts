// The « 1 % » mechanisms (fact sheet §5): each one is open only to the structures holding the
// matching service competence. The 1 % Solidaires programme is described as the study does
// (section 2), the fact sheet's note says that description prevails.
import type { SupportOption } from './types';

export const onePercent: readonly SupportOption[] = [
	{
		id: 'one_percent_water',
		name: '« 1 % eau et assainissement » (loi Oudin-Santini)',
		shortName: '1 % eau',
		mention: { text: '« 1 % eau et assainissement »', gender: 'masculine', article: true },
		kind: 'funding',
		offers:
			'Les structures compétentes en eau ou en assainissement peuvent consacrer une part de leurs recettes à l’accès à l’eau potable et à l’assainissement chez un partenaire : travaux, formation, sensibilisation, protection de la ressource, appui à la gestion du service.',
		eligibility: {
			requiresCompetence: ['water', 'sanitation'],
			note: 'Communes, intercommunalités et syndicats mixtes compétents en eau potable ou en assainissement, sur décision de leurs élus ; les sommes sont à déclarer dans l’APD.'
		},
		figures: [{ text: 'Depuis la loi de 2005 : jusqu’à 1 % des recettes propres de chaque budget annexe, eau et assainissement comptés séparément.', year: 2005 }],
		url: 'https://www.pseau.org/fr/questions-frequemment-posees-sur-loi-oudin-santini',
		sources: ['https://www.pseau.org/fr/questions-frequemment-posees-sur-loi-oudin-santini', 'http://www.pseau.org/fr/1pourcent/comment'],
		fits: { obstacles: ['financial_means'], themes: ['water_sanitation'], models: ['climapart', 'humanis'], startingActions: ['one_percent'] },
		knownAs: { fundingSources: ['one_percent'] }
	},
	{
		id: 'one_percent_waste',
		name: '« 1 % déchets »',
		shortName: '1 % déchets',
		mention: { text: '« 1 % déchets »', gender: 'masculine', article: true },
		kind: 'funding',
		offers:
			'Les structures compétentes pour les déchets ménagers peuvent financer des actions de coopération, d’aide au développement ou d’aide humanitaire dans la collecte et le traitement des déchets ; AMORCE anime le groupe de travail national sur le sujet.',
		eligibility: {
			requiresCompetence: ['waste'],
			note: 'Communes, intercommunalités et syndicats mixtes compétents en collecte ou traitement des déchets ménagers, ou qui perçoivent la taxe ou la redevance d’enlèvement.'
		},
		figures: [{ text: 'Depuis la loi du 7 juillet 2014 : jusqu’à 1 % des ressources affectées aux budgets de ces services.', year: 2014 }],
		url: 'https://www.coalition-eau.org/actualite/la-loi-sur-le-developpement-cree-un-1-dechets/',
		sources: [
			'https://www.coalition-eau.org/actualite/la-loi-sur-le-developpement-cree-un-1-dechets/',
			'https://www.environnement-magazine.fr/recyclage/article/2015/12/01/46713/dechets-decolle-timidement'
		],
		fits: { obstacles: ['financial_means'], themes: ['waste'], models: ['climapart'], startingActions: ['one_percent'] },
		knownAs: { fundingSources: ['one_percent'] }
	},
	{
		id: 'one_percent_energy',
		name: '« 1 % énergie »',
		shortName: '1 % énergie',
		mention: { text: '« 1 % énergie »', gender: 'masculine', article: true },
		kind: 'funding',
		offers:
			'Les structures compétentes en distribution d’électricité et de gaz peuvent financer des actions de solidarité internationale dans ce domaine ; le dispositif reste peu utilisé et ne couvre que l’électricité et le gaz.',
		eligibility: {
			requiresCompetence: ['energy'],
			note: 'Structures compétentes en distribution publique d’électricité ou de gaz. Le texte de référence, les bénéficiaires exacts et le plafond sont à vérifier auprès de votre réseau régional.'
		},
		figures: [],
		url: 'https://ycid.fr/dispositifs-1',
		sources: ['https://ycid.fr/dispositifs-1', 'https://www.environnement-magazine.fr/recyclage/article/2015/12/01/46713/dechets-decolle-timidement'],
		fits: { obstacles: ['financial_means'], themes: ['energy'], models: ['climapart'], startingActions: ['one_percent'] },
		knownAs: { fundingSources: ['one_percent'] }
	},
	{
		id: 'one_percent_mobility',
		name: '« 1 % mobilité »',
		shortName: '1 % mobilité',
		mention: { text: '« 1 % mobilité »', gender: 'masculine', article: true },
		kind: 'funding',
		offers:
			'Depuis la loi de programmation du 4 août 2021 (article L1115-3 du code général des collectivités territoriales), les autorités organisatrices de la mobilité peuvent financer des coopérations, de l’aide d’urgence ou des actions de solidarité dans le domaine de la mobilité.',
		eligibility: {
			requiresCompetence: ['mobility'],
			note: 'Autorités organisatrices de la mobilité, communes qui organisent encore des services de transport, Île-de-France Mobilités.'
		},
		figures: [{ text: 'Depuis la loi de 2021 : jusqu’à 1 % des ressources des budgets des services de mobilité, hors versement mobilité.', year: 2021 }],
		url: 'https://www.lexbase.fr/texte-de-loi/code-general-des-collectivites-territorialesl11153/L4751L74.html',
		sources: ['https://www.lexbase.fr/texte-de-loi/code-general-des-collectivites-territorialesl11153/L4751L74.html', 'http://www.senat.fr/rap/a20-529/a20-5298.html'],
		fits: { obstacles: ['financial_means'], themes: ['mobility_transport'], models: ['climapart'], startingActions: ['one_percent'] },
		knownAs: { fundingSources: ['one_percent'] }
	},
	{
		id: 'one_percent_solidaires',
		name: 'Programme « 1 % Solidaires »',
		shortName: '1 % Solidaires',
		mention: { text: 'programme « 1 % Solidaires »', gender: 'masculine', article: true },
		kind: 'programme',
		offers:
			'Programme mutualisé entre plusieurs réseaux régionaux et thématiques, qui sensibilise et accompagne les acteurs pour améliorer la qualité des projets d’accès aux services essentiels (eau, énergie, déchets) portés ou soutenus par des collectivités.',
		eligibility: { note: 'Collectivités et acteurs qui portent ou soutiennent un projet d’eau, d’énergie ou de déchets ; renseignez-vous auprès de votre réseau régional.' },
		figures: [],
		url: 'https://bfc-international.org/cooperation-et-projet-de-terrain/dispositifs-1-solidaires/',
		sources: ['Étude ACTER (CIRRMA, 2024), section 2', 'https://bfc-international.org/cooperation-et-projet-de-terrain/dispositifs-1-solidaires/'],
		fits: {
			themes: ['water_sanitation', 'energy', 'waste'],
			models: ['climapart', 'humanis'],
			startingActions: ['one_percent']
		}
	},
	{
		id: 'water_agencies',
		name: 'Agences de l’eau',
		mention: { text: 'agences de l’eau', gender: 'feminine', plural: true, article: true },
		kind: 'funding',
		offers:
			'Les six agences de l’eau peuvent consacrer une part de leurs ressources à la solidarité internationale et cofinancer les projets d’eau et d’assainissement des collectivités et associations de leur bassin.',
		eligibility: { note: 'Collectivités, syndicats et associations du bassin ; taux d’aide et conditions propres à chaque agence, à vérifier auprès de celle de votre bassin.' },
		figures: [],
		url: 'https://environnement-magazine.fr/eau/article/2021/03/22/133218/les-agences-eau-secours-solidarite-internationale',
		sources: [
			'https://environnement-magazine.fr/eau/article/2021/03/22/133218/les-agences-eau-secours-solidarite-internationale',
			'https://oc-cooperation.org/appel-projet/conditions-et-modalites-de-depots-de-projets-aupres-de-lagence-de-leau-adour-garonne'
		],
		fits: { themes: ['water_sanitation'], models: ['climapart'] },
		knownAs: { fundingSources: ['water_agencies'] }
	}
];
