// On what the authority acts (« Thématiques » of the synthesis table, and each model's « domaines »).
import { optionRule } from './build';
import { s6, table } from './quotes';
import type { StudyQuote, TypologyRule } from './rule-types';

const theme = (option: string, weights: TypologyRule['weights'], reason: string, ...sources: StudyQuote[]) =>
	optionRule('themes', 'themes', option, weights, reason, sources);

const climapartThemes = table('Eau, assainissement, énergie, déchets, biodiversité et environ., développement durable');
const astreThemes = s6(
	'Leurs domaines d’intervention incluent la croissance économique, l’emploi, le tourisme, l’eau, l’assainissement et l’aide d’urgence'
);
const cosminThemes = s6(
	'Les domaines d’intervention couvrent la culture, le patrimoine, le tourisme et quelques projets en agriculture, environnement et action sociale'
);
const humanisThemes = table('Egalité H/F, Urgence, Education, Agriculture, Services essentiels');

export const themeRules: readonly TypologyRule[] = [
	theme(
		'culture_heritage',
		{ cosmin: 3, humanis: 1 },
		'Culture et patrimoine sont les thèmes des COSMIN ; les HUMANIS en font aussi.',
		table('Culture-Patrimoine Migrations, tourisme'),
		s6('la promotion de la culture et du patrimoine')
	),
	theme(
		'migration',
		{ cosmin: 3 },
		'Les migrations sont un thème des COSMIN.',
		table('Culture-Patrimoine Migrations, tourisme')
	),
	theme(
		'tourism',
		{ cosmin: 2, astre: 1 },
		'Le tourisme se retrouve chez les COSMIN, et chez les ASTRE.',
		cosminThemes,
		astreThemes
	),
	theme(
		'agriculture_food',
		{ humanis: 2, cosmin: 1 },
		'L’agriculture est un thème des HUMANIS et, un peu, des COSMIN.',
		humanisThemes,
		cosminThemes
	),
	theme(
		'social_action',
		{ humanis: 1, cosmin: 1 },
		'L’action sociale se retrouve chez les HUMANIS et les COSMIN.',
		s6('des actions sociales en cas d’urgence'),
		cosminThemes
	),
	theme('gender_equality', { humanis: 3 }, 'L’égalité femmes-hommes est un thème des HUMANIS.', humanisThemes),
	theme(
		'human_rights_inclusion',
		{ humanis: 3 },
		'Droits humains et inclusion sont des thèmes des HUMANIS.',
		s6('la défense des droits humains et l’inclusion')
	),
	theme(
		'emergency',
		{ humanis: 2, astre: 1 },
		'L’urgence est un thème des HUMANIS, et des ASTRE.',
		humanisThemes,
		astreThemes
	),
	theme(
		'health',
		{ humanis: 1 },
		'La santé fait partie des services essentiels des HUMANIS.',
		s6('les HUMANIS favorisent l’accès aux services essentiels')
	),
	theme(
		'education',
		{ cimob: 2, humanis: 1 },
		'L’éducation est un thème des CIMOB, et des HUMANIS.',
		table('Jeunesse, éducation, mobilité, ECSI'),
		humanisThemes
	),
	theme(
		'youth_mobility',
		{ cimob: 3 },
		'Jeunesse et mobilité sont les thèmes des CIMOB.',
		table('Jeunesse, éducation, mobilité, ECSI')
	),
	theme(
		'water_sanitation',
		{ climapart: 3, astre: 1 },
		'L’eau et l’assainissement sont des thèmes des CLIMAPART, et des ASTRE.',
		climapartThemes,
		astreThemes
	),
	theme(
		'energy',
		{ climapart: 3 },
		'L’énergie est un thème des transitions que portent les CLIMAPART.',
		climapartThemes
	),
	theme('waste', { climapart: 3 }, 'Les déchets sont un thème des CLIMAPART.', climapartThemes),
	theme(
		'biodiversity_environment',
		{ climapart: 3 },
		'Biodiversité et environnement sont des thèmes des CLIMAPART.',
		climapartThemes
	),
	theme(
		'climate',
		{ climapart: 3 },
		'Le climat et les transitions sont le projet des CLIMAPART.',
		s6('en particulier ceux liés au changement climatique')
	),
	theme(
		'sustainable_development',
		{ climapart: 2, astre: 2 },
		'Le développement durable est un thème des CLIMAPART et des ASTRE.',
		climapartThemes,
		table('Développement territorial Développement durable Economie, emploi')
	),
	theme(
		'economy_employment',
		{ astre: 3 },
		'Économie et emploi sont les thèmes des ASTRE.',
		table('Développement territorial Développement durable Economie, emploi')
	)
];
