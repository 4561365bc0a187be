// The regional multi-actor networks (RRMA, fact sheet §1.1) and the contacts of territories
// that have none (§1.3). Yvelines has its own network (YCID); the rest of Île-de-France has none.
// Karib Horizon is Guadeloupe's network, and the nearest one for Martinique and Guyane; the PCFOI
// is a State-led concertation body, listed for La Réunion and Mayotte but never ranked first.
import { FACT_SHEET_READ, RECHECKED, claim, figure } from './facts';
import type { SupportOption } from './types';

const network = 'dispositifs.md, §1.1 (tableau des RRMA) et §1.3 (territoires sans RRMA)';

const rrmaNeeds = [
	'funding_information',
	'project_design',
	'peer_information',
	'action_identification',
	'partner_identification',
	'technical_support'
] as const;

/** Every RRMA is relevant to the same needs and to authorities starting out (study, section 7). */
const rrmaKnownAs = { networks: ['rrma'], supportProviders: ['rrma'] } as const;
const rrmaFits = {
	needs: rrmaNeeds,
	obstacles: ['knowledge', 'funding_information', 'human_means'],
	models: [claim('astre', 'Elle est adhérente à CUF et au RRMA de sa région')],
	starting: true,
	// not `localActors`: the network is the authority's own contact, not a programme its associations carry
	fewStaff: true
} as const;

export const regionalNetworks: readonly SupportOption[] = [
	{
		id: 'rrma_resacoop',
		name: 'Résacoop, réseau Auvergne-Rhône-Alpes d’appui à la coopération internationale',
		shortName: 'Résacoop',
		mention: { text: 'Résacoop', gender: 'masculine' },
		kind: 'network',
		offers: 'Groupement d’intérêt public qui observe, informe, accompagne et met en réseau les acteurs de la coopération de la région, et promeut l’éducation à la citoyenneté mondiale. Il coordonne aussi un programme « Clés en main » associant de petites collectivités alpines à une province argentine.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['auvergne-rhone-alpes'] }],
			note: 'Collectivités d’Auvergne-Rhône-Alpes, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://resacoop.org',
		urlLabel: 'Site de Résacoop',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'http://resacoop.fr/le-gip-resacoop',
			'https://resacoop.org/actualite/lancement-projet-neuquen-alpes',
			'https://resacoop.org/actualite/publication-etude-acter'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_bfc_international',
		name: 'Bourgogne-Franche-Comté International',
		shortName: 'BFC International',
		mention: { text: 'BFC International', gender: 'masculine' },
		kind: 'network',
		offers: 'Réseau régional qui accompagne l’action extérieure des collectivités, la coopération au développement durable, les échanges européens, la mobilité et le volontariat. Il présente les dispositifs « 1 % » (eau, assainissement, énergie, déchets) et les programmes jeunesse JSI et VVVSI.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['bourgogne-franche-comte'] }],
			note: 'Collectivités de Bourgogne-Franche-Comté, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://bfc-international.org',
		urlLabel: 'Site de BFC International',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://jumelages-partenariats.com/actualites.php?n=3483',
			'https://bfc-international.org/cooperation-et-projet-de-terrain/dispositifs-1-solidaires/',
			'http://bfc-international.org/Dispositifs-JSI-et-VVV-SI'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_bretagne_solidaire',
		name: 'Réseau Bretagne Solidaire',
		mention: { text: 'Réseau Bretagne Solidaire', gender: 'masculine', article: true },
		kind: 'network',
		offers: 'Réseau régional breton créé en 2018 : des groupes de travail par pays et par thème réunissent collectivités, associations et autres acteurs, et il relaie les financements du ministère des Affaires étrangères.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['bretagne'] }],
			note: 'Collectivités de Bretagne, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://www.bretagne-solidaire.bzh',
		urlLabel: 'Site du Réseau Bretagne Solidaire',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://www.casi-bretagne.org/actualites/les-actualites-du-reseau/1611-la-bretagne-de-la-solidarite-a-son-reseau',
			'https://www.bretagne-solidaire.bzh/groupes-de-travail/'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_centraider',
		name: 'Centraider',
		mention: { text: 'Centraider', gender: 'masculine' },
		kind: 'network',
		offers: 'Réseau régional du Centre-Val de Loire qui s’adresse aux collectivités de toute taille, de la commune à la région : appui et accompagnement, formations, groupes par pays et groupe eau et assainissement (selon son rapport d’activités 2014-2015).',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['centre-val-de-loire'] }],
			note: 'Collectivités du Centre-Val de Loire, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://www.centraider.org/collectivites-territoriales-cooperation-internationale/',
		urlLabel: 'Page de Centraider pour les collectivités',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://docplayer.fr/amp/825139-Tel-02-54-80-23-09-tel-02-49-34-99-47.html',
			'https://www.centraider.org/collectivites-territoriales-cooperation-internationale/'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_gescod',
		name: 'Grand Est Solidarités et Coopérations pour le Développement',
		shortName: 'GESCOD',
		mention: { text: 'GESCOD', gender: 'masculine' },
		kind: 'network',
		offers: 'Plateforme régionale du Grand Est, créée en 2017, qui met en œuvre des programmes de coopération et accompagne les collectivités de tout échelon, de la commune à la région.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['grand-est'] }],
			note: 'Collectivités du Grand Est, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://www.gescod.org',
		urlLabel: 'Site de GESCOD',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://www.gescod.org/cirrma-rrma-et-gescod/',
			'https://www.banquedesterritoires.fr/avec-gescod-le-grand-est-se-dote-dune-nouvelle-plateforme-regionale-pour-laction-linternational'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_lianes',
		name: 'Lianes Coopération',
		mention: { text: 'Lianes Coopération', gender: 'masculine' },
		kind: 'network',
		offers: 'Réseau régional des Hauts-de-France qui fait de l’accompagnement des coopérations décentralisées une priorité ; il montre à chaque collectivité comment agir à son échelle et relaie les appels FICOL et « Clés en main ».',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['hauts-de-france'] }],
			note: 'Collectivités des Hauts-de-France, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://www.lianescooperation.org/aict-collectivites/',
		urlLabel: 'Page de Lianes Coopération pour les collectivités',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://lianescooperation.org/actualite/3-nouvelles-cooperations-decentralisees-en-hauts-de-france',
			'https://www.lianescooperation.org/aict-collectivites/'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_horizons_solidaires',
		name: 'Horizons Solidaires',
		mention: { text: 'Horizons Solidaires', gender: 'masculine' },
		kind: 'network',
		offers: 'Réseau régional normand qui informe, forme et réunit associations, collectivités et autres acteurs de la coopération ; il relaie notamment les appels du dispositif DCOL.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['normandie'] }],
			note: 'Collectivités de Normandie, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://www.horizons-solidaires.org',
		urlLabel: 'Site d’Horizons Solidaires',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://www.horizons-solidaires.org/actualite/communique-la-conference-interregionale-des-rrma-est-nee/',
			'https://www.tendanceouest.com/actualite-13306-association-le-defi-du-developpement'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_so_cooperation',
		name: 'SO Coopération',
		mention: { text: 'SO Coopération', gender: 'masculine' },
		kind: 'network',
		offers: 'Réseau régional de Nouvelle-Aquitaine qui réunit élus et agents des communes et intercommunalités, par exemple pour voir comment s’appuyer sur les comités de jumelage, les associations et les opérateurs quand les moyens internes manquent.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['nouvelle-aquitaine'] }],
			note: 'Collectivités de Nouvelle-Aquitaine, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://www.socooperation.org',
		urlLabel: 'Site de SO Coopération',
		checkedAt: FACT_SHEET_READ,
		sources: ['https://www.socooperation.org/actualite/atelier-collectivites-du-bassin-loire-bretagne/'],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_occitanie_cooperation',
		name: 'Occitanie Coopération',
		mention: { text: 'Occitanie Coopération', gender: 'masculine' },
		kind: 'network',
		offers: 'Réseau régional reconnu par le ministère depuis 2013 : observatoire, animation, appui aux acteurs, coordination de dispositifs pour les jeunes et l’éducation à la citoyenneté, veille des appels à projets (FICOL, Jeunesse…).',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['occitanie'] }],
			note: 'Collectivités d’Occitanie, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://www.oc-cooperation.org/laction-internationale-des-collectivites-territoriales/',
		urlLabel: 'Page d’Occitanie Coopération pour les collectivités',
		checkedAt: FACT_SHEET_READ,
		sources: [
			'https://oc-cooperation.org/a-propos',
			'https://www.oc-cooperation.org/laction-internationale-des-collectivites-territoriales/'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_pays_de_la_loire',
		name: 'Pays de la Loire Coopération Internationale',
		mention: { text: 'Pays de la Loire Coopération Internationale', gender: 'masculine' },
		kind: 'network',
		offers: 'Réseau régional multi-acteurs des Pays de la Loire. Comme les autres réseaux régionaux soutenus par l’État et les régions, il observe, anime, accompagne et met en relation les acteurs de la coopération ; le détail de son offre aux collectivités est à vérifier auprès de lui.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['pays-de-la-loire'] }],
			note: 'Collectivités des Pays de la Loire, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://www.paysdelaloire-cooperation-internationale.org',
		urlLabel: 'Site de Pays de la Loire Coopération Internationale',
		checkedAt: RECHECKED,
		sources: [
			'https://www.paysdelaloire-cooperation-internationale.org/les-reseaux-regionaux-multi-acteurs-rrma/',
			'https://rrma.fr/lanimation-territoriale'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_territoires_solidaires',
		name: 'Territoires Solidaires',
		mention: { text: 'Territoires Solidaires', gender: 'masculine' },
		kind: 'network',
		offers: 'Réseau régional de Provence-Alpes-Côte d’Azur qui fédère les acteurs de la solidarité internationale ; il relaie les appels à projets (Jeunesse, JSI et VVVSI) et a diffusé l’étude de Cités Unies France sur la construction d’une stratégie internationale.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['provence-alpes-cote-d-azur'] }],
			note: 'Collectivités de Provence-Alpes-Côte d’Azur, quelle que soit leur taille.',
			source: network
		},
		figures: [],
		url: 'https://www.territoires-solidaires.com',
		urlLabel: 'Site de Territoires Solidaires',
		checkedAt: FACT_SHEET_READ,
		contact: '52 rue Saint-Ferréol, Marseille',
		sources: [
			'https://www.territoires-solidaires.com/actualite/la-cooperation-decentralisee-face-au-covid-19/',
			'https://territoires-solidaires.com/actualite/comment-elaborer-une-strategie-daction-internationale'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_ycid',
		name: 'Yvelines Coopération Internationale et Développement',
		shortName: 'YCID',
		mention: { text: 'YCID', gender: 'masculine' },
		kind: 'network',
		offers: 'Groupement d’intérêt public des Yvelines qui sensibilise, accompagne et soutient financièrement les initiatives de ses membres, communes et associations. Son fonds « Eau, assainissement, déchets » peut compléter des projets déjà financés par un « 1 % ».',
		eligibility: {
			requires: [{ kind: 'territory', departments: ['78'] }],
			note: 'Collectivités des Yvelines, sur adhésion lors de la campagne annuelle ; une collectivité en cours d’adhésion peut déjà demander un financement.',
			source: network
		},
		figures: [
			figure('En 2019, la ville de Mantes-la-Jolie versait une subvention de 1 000 € au groupement.', 2019)
		],
		url: 'https://www.ycid.fr',
		urlLabel: 'Site du groupement YCID',
		checkedAt: RECHECKED,
		sources: [
			'https://yvelines.fr/?p=234707',
			'https://ycid.fr/espace-personnel/devenir-adherent',
			'https://ycid.fr/dispositifs-1',
			'https://lagazette-yvelines.fr/2019/05/23/cooperation-decentralisee-le-maire-satisfait-pierre-bedier-mesure/'
		],
		fits: { ...rrmaFits, themes: ['water_sanitation', 'waste'] },
		regionalNetwork: true,
		knownAs: rrmaKnownAs
	},
	{
		id: 'rrma_karib_horizon',
		name: 'Karib Horizon',
		mention: { text: 'Karib Horizon', gender: 'masculine' },
		kind: 'network',
		offers: 'Premier réseau régional multi-acteurs de l’outre-mer, créé en 2018 en Guadeloupe : il fait connaître les dispositifs techniques et financiers et construit une offre de formation à l’ingénierie de projets internationaux.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['guadeloupe', 'martinique', 'guyane'] }],
			note: 'Réseau régional de la Guadeloupe. Pour la Martinique et la Guyane, qui n’ont pas de réseau régional identifié, c’est le réseau le plus proche ; l’ambassadeur délégué à la coopération régionale Antilles-Guyane est l’autre interlocuteur.',
			source: network
		},
		figures: [],
		url: 'https://www.karib-horizon.org',
		urlLabel: 'Site de Karib Horizon',
		checkedAt: RECHECKED,
		sources: [
			'http://www.guadeloupe.developpement-durable.gouv.fr/rrma-ou-le-reseau-regional-multi-acteurs-a2617.html',
			'https://mylenecolmar.com/caraibe-cooperation-karib-horizon-une-valeur-ajoutee-en-construction'
		],
		fits: rrmaFits,
		regionalNetwork: true,
		knownAs: rrmaKnownAs,
		basedIn: 'guadeloupe',
		nearestFor: ['martinique', 'guyane']
	},
	{
		id: 'falep_corse',
		name: 'FALEP, Ligue de l’enseignement de Corse',
		shortName: 'FALEP',
		mention: { text: 'FALEP de Corse', gender: 'feminine', article: true },
		kind: 'support',
		offers: 'Coordinatrice régionale en Corse des programmes JSI et VVVSI, qui soutiennent les projets de solidarité internationale de groupes de jeunes.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['corse'] }],
			note: 'Acteurs de Corse : associations de jeunesse et collectivités qui les soutiennent.',
			source: network
		},
		figures: [],
		url: 'https://falep.corsica/fonjep.php',
		urlLabel: 'Page de la FALEP de Corse sur JSI et VVVSI',
		checkedAt: FACT_SHEET_READ,
		sources: ['https://falep.corsica/fonjep.php'],
		fits: {
			themes: ['youth_mobility'],
			motivations: ['youth_mobility'],
			startingActions: ['youth_mobility'],
			// the associations that carry JSI and VVVSI projects
			localActors: [
				'solidarity_associations',
				'twinning_committees',
				'diaspora_associations',
				'youth_organisations'
			]
		},
		territoryContact: true
	},
	{
		id: 'pcfoi',
		name: 'Plateforme de coopération de la France de l’océan Indien',
		shortName: 'PCFOI',
		mention: {
			text: 'plateforme de coopération de la France de l’océan Indien',
			gender: 'feminine',
			article: true
		},
		kind: 'support',
		offers: 'Instance informelle de concertation, menée par l’État depuis 2019 : les préfets et l’ambassadeur délégué à la coopération régionale y coordonnent avec la Région et le Département de La Réunion, le Département de Mayotte, les TAAF et l’AFD la coopération dans l’océan Indien. Ce n’est pas un réseau d’appui aux collectivités : la mission diplomatique de la préfecture oriente vers elle.',
		eligibility: {
			requires: [{ kind: 'territory', regions: ['la-reunion', 'mayotte'] }],
			note: 'Concerne les collectivités de La Réunion et de Mayotte, par l’intermédiaire de la préfecture.',
			source: network
		},
		figures: [],
		url: 'https://www.reunion.gouv.fr/Services-de-l-Etat/Prefecture-et-sous-prefectures/La-prefecture-de-La-Reunion/La-mission-diplomatique2',
		urlLabel: 'Mission diplomatique de la préfecture de La Réunion',
		checkedAt: RECHECKED,
		sources: [
			'https://www.senat.fr/rap/r23-763/r23-7637.html',
			'https://m.zinfos974.com/Les-premiers-pas-de-la-plateforme-de-cooperation-de-la-France-de-l-ocean-Indien_a137300.html'
		],
		fits: { needs: ['partner_identification'] },
		territoryContact: true,
		stateBody: true
	}
];
