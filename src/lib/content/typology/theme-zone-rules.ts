// Orientation, on what and where: themes and zones (typologie.md — « thématiques », « zones »).
// Zone rules read the declared zones and the zones of the partner countries together.
import type { TypologyRule } from './rule-types';

const theme = (option: string, weights: TypologyRule['weights'], reason: string, source: string): TypologyRule => ({
	id: `themes.${option}`,
	axis: 'orientation',
	questionId: 'themes',
	match: { option },
	weights,
	reason,
	source: `typologie.md — thématiques : ${source}`
});

const zone = (option: string, weights: TypologyRule['weights'], reason: string, source: string): TypologyRule => ({
	id: `zones.${option}`,
	axis: 'orientation',
	questionId: 'zones',
	match: { option },
	weights,
	reason,
	source: `typologie.md — zones : ${source}`
});

export const themeRules: readonly TypologyRule[] = [
	theme('culture_heritage', { cosmin: 2, humanis: 1 }, 'Culture et patrimoine sont les thèmes des COSMIN, et aussi des HUMANIS.', 'COSMIN « culture, patrimoine » ; HUMANIS « culture »'),
	theme('water_sanitation', { climapart: 2, astre: 1 }, 'L’eau et l’assainissement sont des thèmes CLIMAPART, et ASTRE.', 'CLIMAPART « eau, assainissement » ; ASTRE « eau »'),
	theme('education', { cimob: 1, humanis: 1 }, 'L’éducation est un thème des CIMOB et des HUMANIS.', 'CIMOB « éducation » ; HUMANIS « éducation »'),
	theme('tourism', { cosmin: 1, astre: 1 }, 'Le tourisme se retrouve chez les COSMIN et les ASTRE.', 'COSMIN « tourisme » ; ASTRE « tourisme »'),
	theme('energy', { climapart: 2 }, 'L’énergie est un thème des transitions porté par les CLIMAPART.', 'CLIMAPART « énergie »'),
	theme('biodiversity_environment', { climapart: 2 }, 'Biodiversité et environnement sont des thèmes CLIMAPART.', 'CLIMAPART « biodiversité, environnement »'),
	theme('agriculture_food', { humanis: 1, cosmin: 1 }, 'L’agriculture est un thème des HUMANIS et, un peu, des COSMIN.', 'HUMANIS « agriculture » ; COSMIN « un peu d’agriculture »'),
	theme('health', { humanis: 1 }, 'La santé fait partie des services essentiels visés par les HUMANIS.', 'HUMANIS « services essentiels »'),
	theme('waste', { climapart: 2 }, 'Les déchets sont un thème CLIMAPART.', 'CLIMAPART « déchets »'),
	theme('youth_mobility', { cimob: 3 }, 'Jeunesse et mobilité sont les thèmes des CIMOB.', 'CIMOB « jeunesse, mobilité, volontariat »'),
	theme('economy_employment', { astre: 3 }, 'Économie et emploi sont les thèmes des ASTRE.', 'ASTRE « économie, emploi »'),
	theme('gender_equality', { humanis: 2 }, 'L’égalité femmes-hommes est un thème HUMANIS.', 'HUMANIS « égalité femmes-hommes »'),
	theme('human_rights_inclusion', { humanis: 2 }, 'Droits humains et inclusion sont des thèmes HUMANIS.', 'HUMANIS « droits humains »'),
	theme('migration', { cosmin: 2 }, 'Les migrations sont un thème COSMIN.', 'COSMIN « migrations »'),
	theme('sustainable_development', { astre: 2, climapart: 1 }, 'Le développement territorial et durable est un thème ASTRE et CLIMAPART.', 'ASTRE « développement territorial, développement durable » ; CLIMAPART « développement durable »'),
	theme('social_action', { cosmin: 1, humanis: 1 }, 'L’action sociale se retrouve chez les COSMIN et les HUMANIS.', 'COSMIN « un peu d’action sociale » ; HUMANIS « social »'),
	theme('emergency', { humanis: 1, astre: 1 }, 'L’aide d’urgence est un thème HUMANIS, et ASTRE.', 'HUMANIS « urgence » ; ASTRE « urgence »')
];

export const zoneRules: readonly TypologyRule[] = [
	zone('sub_saharan_africa', { humanis: 2, climapart: 1 }, 'L’Afrique subsaharienne francophone est la zone des HUMANIS, et la première des CLIMAPART.', 'HUMANIS « Afrique subsaharienne francophone surtout » ; CLIMAPART « Afrique surtout »'),
	zone('europe', { cimob: 2, cosmin: 1 }, 'L’Europe proche est la zone des CIMOB et, avec les pays des diasporas, des COSMIN.', 'CIMOB « proximité, transfrontalier, Europe » ; COSMIN « Europe »'),
	zone('north_africa', { cosmin: 1, climapart: 1 }, 'L’Afrique du Nord relie aux diasporas (COSMIN) et aux coopérations CLIMAPART.', 'COSMIN « pays d’origine des diasporas » ; profil CLIMAPART « Maroc »'),
	zone('north_america', { climapart: 1, astre: 1 }, 'Coopérer en Amérique du Nord élargit l’action au monde entier, comme CLIMAPART et ASTRE.', 'CLIMAPART « monde entier » ; ASTRE « plusieurs continents »'),
	zone('latin_america_caribbean', { climapart: 1, astre: 1 }, 'Coopérer en Amérique latine élargit l’action au monde entier, comme CLIMAPART et ASTRE.', 'CLIMAPART « monde entier » ; ASTRE « plusieurs continents »'),
	zone('asia', { climapart: 1, astre: 1 }, 'Coopérer en Asie élargit l’action au monde entier, comme CLIMAPART et ASTRE.', 'CLIMAPART « monde entier » ; ASTRE « plusieurs continents »'),
	{
		id: 'zones.several_continents',
		axis: 'orientation',
		questionId: 'zones',
		// 4 zones of the questionnaire: the CLIMAPART-type spans 5 (Burkina Faso, Maroc, Roumanie,
		// Indonésie, Québec) and the ASTRE-type one per continent; no other profile-type exceeds 2.
		match: { countAtLeast: 4, answerLabel: 'Au moins quatre zones du monde' },
		weights: { climapart: 2, astre: 2, humanis: -1, cimob: -1 },
		reason: 'Agir sur plusieurs continents est le propre des CLIMAPART et des ASTRE.',
		source: 'typologie.md — zones : CLIMAPART « monde entier » ; ASTRE « plusieurs continents »'
	}
];
