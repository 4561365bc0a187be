// What each model means, in our own words (the study's section 6 and typologie.md are the facts).
import type { Mention } from '../grammar';
import type { ModelId } from './model-ids';

export interface ModelDescription {
	readonly id: ModelId;
	/** the acronym as the study writes it */
	readonly name: string;
	/** the name inside a sentence: a proper noun, no article (« d’ASTRE », « de CLIMAPART ») */
	readonly mention: Mention;
	/** what the acronym stands for */
	readonly meaning: string;
	/** one paragraph a council can read */
	readonly summary: string;
	/** one sentence a reader who has never heard of the study understands (the results' first line) */
	readonly plainWords: string;
}

/** How a model set aside by a defining trait is marked beside its share, by what set it aside. */
export const exclusionTags = {
	organisation: 'écarté par l’organisation',
	orientation: 'écarté par ce que vous faites'
} as const;

export const modelDescriptions: Readonly<Record<ModelId, ModelDescription>> = {
	humanis: {
		id: 'humanis',
		name: 'HUMANIS',
		mention: { text: 'HUMANIS', gender: 'masculine' },
		meaning: 'humanitaire et social',
		summary:
			'Une action portée par la solidarité et les valeurs : jumelages, aide matérielle et projets modestes pour l’accès aux services essentiels, surtout en Afrique subsaharienne francophone. Des élus la pilotent sans service dédié, avec un petit budget interne.',
		plainWords:
			'Votre action ressemble surtout à celle des collectivités qui agissent par solidarité\u00a0: des jumelages et de petits projets pour aider des partenaires, souvent en Afrique, à accéder à l’eau, à l’école ou aux soins.'
	},
	cosmin: {
		id: 'cosmin',
		name: 'COSMIN',
		mention: { text: 'COSMIN', gender: 'masculine' },
		meaning: 'cohésion sociale, mondialité et interculturalité',
		summary:
			'Une action tournée d’abord vers le territoire : faire vivre ensemble ses habitants par la culture, le patrimoine, les liens avec les diasporas et l’accueil des migrants. Le maire ou un élu pilote, les comités de jumelage et les associations mettent en œuvre, avec peu de moyens dédiés.',
		plainWords:
			'Votre action ressemble surtout à celle des collectivités qui se tournent vers le monde pour faire vivre ensemble leurs habitants\u00a0: culture, jumelages, liens avec les diasporas, accueil des personnes venues d’ailleurs.'
	},
	cimob: {
		id: 'cimob',
		name: 'CIMOB',
		mention: { text: 'CIMOB', gender: 'masculine' },
		meaning: 'citoyenneté internationale et mobilité',
		summary:
			'Une action qui ouvre les habitants, et d’abord les jeunes, au monde : échanges scolaires, stages, volontariat, éducation à la citoyenneté mondiale, souvent avec des voisins européens. La direction de la jeunesse ou de la vie associative la mène, sans service des relations internationales.',
		plainWords:
			'Votre action ressemble surtout à celle des collectivités qui ouvrent leurs habitants au monde, et d’abord les jeunes\u00a0: échanges scolaires, stages, volontariat, éducation à la citoyenneté.'
	},
	climapart: {
		id: 'climapart',
		name: 'CLIMAPART',
		mention: { text: 'CLIMAPART', gender: 'masculine' },
		meaning: 'climat et enjeux partagés',
		summary:
			'Des coopérations décentralisées formalisées, sur plusieurs continents, pour relever avec les partenaires des défis communs : eau, énergie, déchets, biodiversité, objectifs de développement durable. Un service des relations internationales travaille avec les autres services, sur une ligne budgétaire dédiée et avec des cofinancements.',
		plainWords:
			'Votre action ressemble surtout à celle des collectivités qui coopèrent dans la durée avec des collectivités d’autres pays pour relever ensemble des défis communs\u00a0: eau, énergie, déchets, climat.'
	},
	astre: {
		id: 'astre',
		name: 'ASTRE',
		mention: { text: 'ASTRE', gender: 'masculine' },
		meaning: 'attractivité, stratégie territoriale et rayonnement économique',
		summary:
			'Une action au service du rayonnement du territoire : échanges entre pairs, accompagnement des entreprises et des acteurs à l’international, appels à projets. Un service des relations internationales stable, souvent doublé d’un service Europe distinct, gère des budgets importants et des fonds européens.',
		plainWords:
			'Votre action ressemble surtout à celle des collectivités qui se servent de l’international pour faire connaître et développer leur territoire\u00a0: économie, tourisme, culture, échanges entre pairs et projets européens.'
	}
};
