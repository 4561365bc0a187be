// Where the authority acts (« Zones de coopération » of the synthesis table). The zones declared and
// those of the partner countries are read together.
import { optionRule } from './build';
import { s6, table } from './quotes';
import type { StudyQuote, TypologyRule } from './rule-types';

const zone = (option: string, weights: TypologyRule['weights'], reason: string, ...sources: StudyQuote[]) =>
	optionRule('zones', 'zones', option, weights, reason, sources);

const climapartZones = s6('avec des partenariats établis en Afrique, en Europe, en Amérique du Nord / Sud et en Asie');
const astreZones = table('Afrique, Europe, Amériques, Asie selon liens et opportunités économiques');

export const zoneRules: readonly TypologyRule[] = [
	zone(
		'sub_saharan_africa',
		{ humanis: 3, climapart: 1 },
		'L’Afrique subsaharienne est la zone des HUMANIS, et la première des CLIMAPART.',
		s6('Les actions se concentrent principalement en Afrique subsaharienne'),
		table('Afrique principalement mais également Amérique et Asie')
	),
	zone(
		'europe',
		{ cimob: 2, cosmin: 2 },
		'L’Europe est la zone des CIMOB et, avec les pays des diasporas, des COSMIN.',
		s6('Leurs zones d’intervention sont principalement transfrontalières ou européennes'),
		s6('Ce sont soit des coopérations européennes ou avec les pays d’origine des diasporas')
	),
	zone(
		'north_africa',
		{ cosmin: 1, climapart: 1 },
		'L’Afrique du Nord relie aux pays d’origine des diasporas (COSMIN) ; la CLIMAPART-type coopère au Maroc.',
		s6('Ce sont soit des coopérations européennes ou avec les pays d’origine des diasporas'),
		s6('au Burkina Faso, au Maroc, en Roumanie, en Indonésie et au Québec')
	),
	zone(
		'north_america',
		{ climapart: 1, astre: 1 },
		'Coopérer en Amérique du Nord élargit l’action au monde, comme les CLIMAPART et les ASTRE.',
		climapartZones,
		astreZones
	),
	zone(
		'latin_america_caribbean',
		{ climapart: 1, astre: 1 },
		'Coopérer en Amérique latine élargit l’action au monde, comme les CLIMAPART et les ASTRE.',
		climapartZones,
		astreZones
	),
	zone(
		'asia',
		{ climapart: 1, astre: 1 },
		'Coopérer en Asie élargit l’action au monde, comme les CLIMAPART et les ASTRE.',
		climapartZones,
		astreZones
	),
	{
		id: 'zones.several_continents',
		trait: 'zones',
		questionId: 'zones',
		// 4 zones of the questionnaire: the CLIMAPART-type spans 5 (Burkina Faso, Maroc, Roumanie,
		// Indonésie, Québec) and the ASTRE-type one per continent; no other profile-type exceeds 2.
		match: { countAtLeast: 4, answerLabel: 'Au moins quatre zones du monde' },
		weights: { climapart: 2, astre: 2, humanis: -1, cimob: -1 },
		reason: 'Agir sur plusieurs continents est le propre des CLIMAPART et des ASTRE, quand HUMANIS et CIMOB se concentrent sur une zone.',
		sources: [
			s6('Leur zone d’intervention est globale'),
			s6('avec des coopérations établies sur plusieurs continents'),
			s6('Les actions se concentrent principalement en Afrique subsaharienne'),
			table('Proximité ou liens historiques pour des raisons d’efficience')
		]
	}
];
