// Every acronym and term of the study that the app and the PDF use, in plain words for an elected
// official or a town-hall secretary who has never read the study. Shown where the term is first used
// on a page, and as the /glossaire page. A leaf module: the glossary page loads it alone, without
// the model descriptions (a test checks the five models' entries agree with them).

export interface GlossaryEntry {
	/** anchor on the glossary page */
	readonly id: string;
	/** as the glossary lists it */
	readonly term: string;
	/** what an acronym stands for */
	readonly expansion?: string;
	readonly definition: string;
	/**
	 * how the term is written in running text, matched as whole words and case-sensitively
	 * (a lower-case word also matches with a capital first letter); none: the glossary page only
	 */
	readonly forms: readonly string[];
	/** an acronym, shown in an <abbr> */
	readonly acronym?: boolean;
}

/** an acronym; `expansion` empty when the body no longer spells its name out */
const acronym = (
	id: string,
	expansion: string,
	definition: string,
	forms: readonly string[] = [id.toUpperCase()]
): GlossaryEntry => ({
	id,
	term: forms[0] ?? id.toUpperCase(),
	...(expansion ? { expansion } : {}),
	definition,
	forms,
	acronym: true
});

const term = (id: string, name: string, definition: string, forms: readonly string[]): GlossaryEntry => ({
	id,
	term: name,
	definition,
	forms
});

const model = (id: string, meaning: string, definition: string): GlossaryEntry =>
	acronym(id, meaning, `L’un des cinq modèles d’action extérieure de l’étude ACTER : ${definition}`);

const models: GlossaryEntry[] = [
	model(
		'humanis',
		'humanitaire et social',
		'les collectivités qui agissent par solidarité, avec des jumelages, de l’aide matérielle et de petits projets pour l’accès aux services essentiels, pilotés par des élus sans service dédié.'
	),
	model(
		'cosmin',
		'cohésion sociale, mondialité et interculturalité',
		'les collectivités qui se tournent vers le monde pour faire vivre ensemble leurs habitants : culture, jumelages, liens avec les diasporas, accueil.'
	),
	model(
		'cimob',
		'citoyenneté internationale et mobilité',
		'les collectivités qui ouvrent leurs habitants au monde, et d’abord les jeunes : échanges, stages, volontariat, éducation à la citoyenneté.'
	),
	model(
		'climapart',
		'climat et enjeux partagés',
		'les collectivités qui coopèrent dans la durée avec des collectivités d’autres pays sur des défis communs (eau, énergie, déchets, climat), avec un service dédié et des cofinancements.'
	),
	model(
		'astre',
		'attractivité, stratégie territoriale et rayonnement économique',
		'les collectivités qui se servent de l’international pour faire connaître et développer leur territoire, avec un service des relations internationales, un service Europe et des fonds européens.'
	)
];

export const glossary: readonly GlossaryEntry[] = [
	acronym(
		'acter',
		'« Action extérieure des collectivités territoriales : états des lieux régionaux »',
		'L’étude publiée en novembre 2024 par la CIRRMA, qui a interrogé 122 collectivités et mené 50 entretiens. Cet outil reprend ses cinq modèles et ses chiffres.'
	),
	term(
		'action-exterieure',
		'action extérieure',
		'Tout ce qu’une collectivité fait au-delà des frontières ou avec l’étranger : jumelages, coopération avec une collectivité étrangère, mobilité des jeunes, solidarité, accueil, promotion du territoire.',
		['action extérieure', 'actions extérieures']
	),
	acronym(
		'aect',
		'action extérieure des collectivités territoriales',
		'Le nom officiel de l’action internationale des collectivités françaises.'
	),
	acronym(
		'afccre',
		'Association française du Conseil des communes et régions d’Europe',
		'L’association des collectivités françaises tournées vers l’Europe : conseils sur les jumelages européens, recherche de partenaires et de financements européens.'
	),
	acronym(
		'afd',
		'Agence française de développement',
		'La banque publique française qui finance des projets de développement dans les pays du Sud. Elle cofinance les projets des collectivités par la FICOL.'
	),
	acronym(
		'amf',
		'Association des maires de France',
		'L’association qui représente les maires et les présidents d’intercommunalité.'
	),
	term(
		'amorce',
		'AMORCE',
		'L’association nationale des collectivités et des professionnels des déchets, de l’énergie et des réseaux de chaleur ; elle anime le groupe de travail sur le « 1 % déchets ».',
		['AMORCE']
	),
	acronym(
		'apd',
		'aide publique au développement',
		'L’argent public consacré au développement des pays du Sud. Chaque collectivité déclare chaque année celui qu’elle a dépensé (la déclaration APD) ; c’est une condition des cofinancements du ministère.'
	),
	acronym(
		'arricod',
		'',
		'Le réseau des agents qui travaillent sur l’action européenne et internationale des collectivités.'
	),
	acronym('bfc', 'Bourgogne-Franche-Comté', 'La région ; BFC International est son réseau régional multi-acteurs.'),
	acronym(
		'cerv',
		'Citoyens, égalité, droits et valeurs',
		'Un programme de l’Union européenne qui finance notamment des rencontres entre villes jumelées et des réseaux de villes de plusieurs pays.'
	),
	acronym(
		'cglu',
		'Cités et gouvernements locaux unis',
		'L’organisation mondiale qui réunit villes, collectivités et leurs associations.'
	),
	acronym(
		'cirrma',
		'Conférence inter-régionale des réseaux régionaux multi-acteurs',
		'L’instance qui réunit les réseaux régionaux multi-acteurs (RRMA) ; elle a publié l’étude ACTER.'
	),
	acronym(
		'cnfpt',
		'Centre national de la fonction publique territoriale',
		'L’organisme qui forme les agents des collectivités.'
	),
	term(
		'cooperation-decentralisee',
		'coopération décentralisée',
		'Un partenariat entre une collectivité française et une collectivité étrangère, formalisé par une convention, pour mener ensemble des projets.',
		['coopération décentralisée', 'coopérations décentralisées']
	),
	acronym(
		'cuf',
		'Cités Unies France',
		'La fédération des collectivités françaises engagées à l’international : information, conseil, formations, groupes par pays.'
	),
	acronym(
		'daect',
		'Délégation pour l’action extérieure des collectivités territoriales',
		'L’ancien service du ministère des Affaires étrangères chargé des collectivités, remplacé fin 2023 par la DCTCIV.'
	),
	acronym(
		'dcol',
		'dispositif d’appui à l’action internationale des collectivités',
		'Un dispositif de Cités Unies France qui prête l’aide d’un expert à une collectivité pour bâtir sa stratégie internationale ou monter un projet de coopération.'
	),
	acronym(
		'dctciv',
		'Délégation pour les collectivités territoriales et la société civile',
		'Le service du ministère de l’Europe et des Affaires étrangères qui conseille les collectivités et lance les appels à projets de coopération décentralisée.'
	),
	acronym(
		'ecsi',
		'éducation à la citoyenneté et à la solidarité internationale',
		'Les actions qui font comprendre aux habitants, et d’abord aux jeunes, les grands enjeux du monde et comment y agir.'
	),
	acronym(
		'epci',
		'établissement public de coopération intercommunale',
		'Une intercommunalité : communauté de communes, communauté d’agglomération, communauté urbaine ou métropole.'
	),
	acronym(
		'etp',
		'équivalent temps plein',
		'Le temps de travail d’une personne à plein temps : deux agents à mi-temps font un ETP.'
	),
	acronym(
		'f3e',
		'Fonds pour la promotion des études préalables, études transversales et évaluations',
		'Un réseau qui aide associations et collectivités à préparer, évaluer et tirer les leçons de leurs actions.',
		['F3E']
	),
	acronym(
		'falep',
		'Fédération des associations laïques et d’éducation permanente',
		'La Ligue de l’enseignement de Corse, qui coordonne dans l’île les programmes jeunesse JSI et VVVSI.'
	),
	acronym(
		'feder',
		'Fonds européen de développement régional',
		'Un fonds de l’Union européenne pour le développement des régions ; il finance notamment les programmes Interreg.'
	),
	acronym(
		'fse',
		'Fonds social européen',
		'Un fonds de l’Union européenne pour l’emploi, la formation et l’inclusion.'
	),
	acronym(
		'ficol',
		'facilité de financement des collectivités territoriales',
		'L’enveloppe de l’AFD qui finance directement des projets de développement menés par une collectivité française avec son partenaire. Elle vise des projets d’une certaine taille, portés par une équipe.'
	),
	acronym(
		'fonjep',
		'Fonds de coopération de la jeunesse et de l’éducation populaire',
		'L’organisme qui gère pour l’État les programmes jeunesse JSI et VVVSI.'
	),
	acronym(
		'gescod',
		'Grand Est Solidarités et Coopérations pour le Développement',
		'Le réseau régional multi-acteurs du Grand Est.'
	),
	acronym(
		'gip',
		'groupement d’intérêt public',
		'Une structure qui réunit des personnes publiques (État, collectivités) et parfois privées autour d’une mission commune ; plusieurs réseaux régionaux ont cette forme.'
	),
	acronym(
		'jsi',
		'Jeunesse Solidarité Internationale',
		'Un programme qui finance des projets de solidarité menés par des groupes de jeunes avec une association, en France ou à l’étranger.'
	),
	term(
		'jumelage',
		'jumelage',
		'Un lien officiel d’amitié entre deux villes de pays différents, souvent animé par un comité de jumelage : échanges d’habitants, de jeunes, d’élus.',
		['jumelage', 'jumelages']
	),
	term(
		'levier',
		'levier',
		'Une action concrète qui change les moyens ou l’organisation de la collectivité : voter une ligne budgétaire, nommer un référent, adhérer à un réseau… Le choix d’actionner un levier revient aux élus.',
		['levier', 'leviers']
	),
	acronym(
		'meae',
		'ministère de l’Europe et des Affaires étrangères',
		'Le ministère des Affaires étrangères ; sa DCTCIV suit l’action extérieure des collectivités.'
	),
	term(
		'modele-hybride',
		'profil hybride',
		'Une action qui ressemble à un modèle dans une zone ou sur un thème, et à un autre ailleurs : par exemple une coopération solidaire au Sahel et un jumelage culturel en Europe. L’étude ACTER note que certaines collectivités sont ainsi, « selon la zone de coopération ou la thématique ». Ce n’est pas une moyenne entre deux modèles.',
		['profil hybride', 'modèle hybride', 'hybride']
	),
	acronym(
		'odd',
		'objectifs de développement durable',
		'Les 17 objectifs fixés par les Nations unies pour 2030 : pauvreté, faim, santé, éducation, eau, énergie, climat…'
	),
	acronym(
		'ofaj',
		'Office franco-allemand pour la jeunesse',
		'L’organisme qui finance les rencontres de jeunes Français et Allemands, notamment dans les jumelages.'
	),
	term(
		'un-pour-cent',
		'« 1 % »',
		'Des lois permettent aux collectivités qui ont la compétence de l’eau, de l’assainissement, des déchets, de l’énergie ou de la mobilité de consacrer jusqu’à 1 % du budget de ce service à la solidarité internationale dans ce domaine.',
		[]
	),
	term(
		'orientation',
		'orientation',
		'Dans l’étude ACTER, ce que la collectivité veut faire à l’international et pourquoi : ses motivations, ses thèmes, ses façons d’agir.',
		['orientation']
	),
	acronym(
		'pcfoi',
		'Plateforme de coopération de la France de l’océan Indien',
		'Une instance de concertation, animée par l’État, où les collectivités de La Réunion et de Mayotte coordonnent leur coopération dans l’océan Indien.'
	),
	acronym(
		'pma',
		'pays les moins avancés',
		'Les pays les plus pauvres du monde selon les Nations unies ; les cofinancements y sont souvent plus élevés.'
	),
	term(
		'profil-type',
		'profil-type',
		'Une collectivité imaginaire que l’étude décrit pour illustrer un modèle. Ses chiffres (budget, équipe) sont des exemples, pas des objectifs à atteindre.',
		['profil-type', 'profils-types']
	),
	acronym(
		'ri',
		'relations internationales',
		'Un « service RI » est le service de la collectivité chargé de ses relations internationales.'
	),
	acronym(
		'rrma',
		'réseau régional multi-acteurs',
		'Dans la plupart des régions, le réseau qui informe, forme et accompagne collectivités, associations et autres acteurs de la coopération internationale, et les met en relation. C’est le premier interlocuteur d’une collectivité.'
	),
	term('so-cooperation', 'SO Coopération', 'Le réseau régional multi-acteurs de Nouvelle-Aquitaine.', [
		'SO Coopération'
	]),
	term(
		'structuration',
		'structuration',
		'Dans l’étude ACTER, la façon dont la collectivité est organisée pour agir : service, budget, financements, réseaux.',
		['structuration']
	),
	acronym(
		'taaf',
		'Terres australes et antarctiques françaises',
		'Les îles françaises du sud de l’océan Indien et la terre Adélie.'
	),
	acronym(
		'tevo',
		'Territoires volontaires',
		'Un programme de France Volontaires qui aide les collectivités à accueillir et envoyer des volontaires.'
	),
	acronym('ue', 'Union européenne', 'Les 27 États membres et leurs programmes, dont Erasmus+, CERV et Interreg.'),
	acronym(
		'vvvsi',
		'Ville Vie Vacances Solidarité Internationale',
		'Un programme comme JSI, pour des jeunes des quartiers prioritaires de la politique de la ville.'
	),
	acronym(
		'ycid',
		'Yvelines Coopération Internationale et Développement',
		'Le réseau de coopération internationale des Yvelines.'
	),
	...models
].sort((a, b) => a.term.localeCompare(b.term, 'fr', { sensitivity: 'base', ignorePunctuation: true }));

export function glossaryEntry(id: string): GlossaryEntry | undefined {
	return glossary.find((entry) => entry.id === id);
}
