// Who the authority is and how it organises its action: the « Taille type », « Organisation /
// gouvernance » and « Partenariats / Stratégies » rows of the synthesis table, and seniority.
// HUMANIS has no size of its own (« Villes de tailles variables »): no size rule weighs for it.
import { optionRule } from './build';
import { s6, table } from './quotes';
import type { StudyQuote, TraitId, TypologyRule } from './rule-types';

const rule = (
	trait: TraitId,
	questionId: string,
	option: string,
	weights: TypologyRule['weights'],
	reason: string,
	...sources: StudyQuote[]
) => optionRule(trait, questionId, option, weights, reason, sources);

const midSize = [table('Villes moyennes'), table('Villes et EPCI de taille moyenne')];
const over50k = table('Villes et EPCI de plus de 50 000 habitants');
const over100k = table('Villes et EPCI de plus de 100 000 habitants et régions');
const noService = s6('Le point commun entre les HUMANIS, les COSMIN et les CIMOB est l’absence de service RI dédié');
const climapartService = s6(
	'elles disposent généralement d’un service des relations internationales qui collabore avec d’autres services'
);
const astreService = s6('Elles disposent généralement d’un service RI stable');
const fewNetworks = [
	s6('Bien que peu de collectivités de cette catégorie adhèrent à des réseaux'),
	s6('bien que très peu d’entre elles adhèrent à des réseaux'),
	s6('Généralement, elles n’adhèrent pas à des réseaux de collectivités')
];
const climapartNetworks = s6(
	'Elles adhèrent fréquemment à des réseaux nationaux ou internationaux de gouvernements locaux'
);
const astreNetworks = s6(
	'Elles sont également actives au sein de réseaux nationaux ou internationaux de collectivités'
);

export const organisationRules: readonly TypologyRule[] = [
	rule(
		'size',
		'population_band',
		'10k_50k',
		{ cosmin: 1, cimob: 1 },
		'Les COSMIN et les CIMOB sont des villes moyennes.',
		...midSize
	),
	rule(
		'size',
		'population_band',
		'50k_100k',
		{ cosmin: 1, cimob: 1, climapart: 1 },
		'Entre 50 000 et 100 000 habitants : des villes moyennes (COSMIN, CIMOB), et des CLIMAPART.',
		...midSize,
		over50k
	),
	rule(
		'size',
		'population_band',
		'100k_500k',
		{ climapart: 1, astre: 1 },
		'Plus de 100 000 habitants : la taille des CLIMAPART et des ASTRE.',
		over50k,
		over100k
	),
	rule(
		'size',
		'population_band',
		'500k_1m',
		{ climapart: 1, astre: 1 },
		'Plus de 100 000 habitants : la taille des CLIMAPART et des ASTRE.',
		over50k,
		over100k
	),
	rule(
		'size',
		'population_band',
		'over_1m',
		{ climapart: 1, astre: 1 },
		'Plus de 100 000 habitants : la taille des CLIMAPART et des ASTRE.',
		over50k,
		over100k
	),
	rule(
		'size',
		'authority_type',
		'region',
		{ astre: 1 },
		'Les conseils régionaux sont nommés parmi les ASTRE.',
		over100k
	),

	rule(
		'seniority',
		'seniority',
		'3_10y',
		{ humanis: 1 },
		'La HUMANIS-type agit depuis 3 à 10 ans.',
		s6('engagée dans des actions de coopération ou de solidarité internationales depuis 3 à 10 ans')
	),
	rule(
		'seniority',
		'seniority',
		'10_20y',
		{ cosmin: 1, cimob: 1 },
		'La COSMIN-type agit depuis 10 à 20 ans, la CIMOB-type depuis une dizaine d’années.',
		s6('engagée dans des actions de coopération ou de solidarité internationale depuis 10 à 20 ans'),
		s6('engagée dans des actions de coopération internationale depuis 10 ans')
	),
	rule(
		'seniority',
		'seniority',
		'over_20y',
		{ climapart: 2, astre: 2 },
		'Plus de 20 ans d’expérience : c’est le cas de la plupart des CLIMAPART et des ASTRE.',
		s6('la majorité ayant plus de 20 ans d’expérience'),
		s6('notamment plus de 20 ans pour la plupart')
	),

	rule(
		'governance',
		'ri_service',
		'no',
		{ humanis: 2, cosmin: 2, cimob: 2, climapart: -1, astre: -2 },
		'Sans service des relations internationales, l’organisation est celle des HUMANIS, COSMIN et CIMOB ; les CLIMAPART et les ASTRE en ont généralement un.',
		noService,
		climapartService,
		astreService
	),
	rule(
		'governance',
		'ri_service',
		'yes',
		{ climapart: 3, astre: 3, humanis: -2, cosmin: -2, cimob: -2 },
		'Un service des relations internationales est l’organisation des CLIMAPART et des ASTRE, pas celle des HUMANIS, COSMIN et CIMOB.',
		climapartService,
		astreService,
		noService
	),
	rule(
		'governance',
		'europe_service',
		'yes',
		{ astre: 3 },
		'Un service Europe distinct est propre aux ASTRE.',
		s6('souvent avec un service Europe détaché'),
		table('Service RI et Europe détachés')
	),
	rule(
		'governance',
		'steering',
		'commission',
		{ humanis: 2 },
		'Le pilotage par une commission est celui des HUMANIS.',
		s6('Les responsabilités de pilotage et d’exécution sont confiées à des élus ou à une commission spécialisée')
	),
	rule(
		'governance',
		'steering',
		'dedicated_elected',
		{ humanis: 1, cosmin: 1, cimob: 1 },
		'Des élus pilotent l’action des HUMANIS, des COSMIN et des CIMOB.',
		s6('Les responsabilités de pilotage et d’exécution sont confiées à des élus'),
		s6('sont assurées par des élus, en particulier le maire'),
		table('Un élu référent')
	),
	rule(
		'governance',
		'steering',
		'other_elected',
		{ humanis: 1, cosmin: 1, cimob: 1 },
		'Des élus pilotent l’action des HUMANIS, des COSMIN et des CIMOB.',
		s6('Les responsabilités de pilotage et d’exécution sont confiées à des élus'),
		s6('sont assurées par des élus, en particulier le maire'),
		table('Un élu référent')
	),
	rule(
		'governance',
		'steering',
		'service',
		{ climapart: 1, astre: 1 },
		'Un service qui coordonne : l’organisation des CLIMAPART et des ASTRE.',
		s6('Ce service joue un rôle central dans la coordination des activités'),
		astreService
	),
	rule(
		'governance',
		'departments_involved',
		'youth',
		{ cimob: 3 },
		'La direction de la jeunesse mène l’action des CIMOB.',
		s6(
			'il est fréquent que ce soient les départements jeunesse et/ou vie associative qui supervisent les initiatives'
		)
	),
	rule(
		'governance',
		'departments_involved',
		'community_life',
		{ cimob: 3 },
		'La direction de la vie associative mène l’action des CIMOB.',
		s6(
			'il est fréquent que ce soient les départements jeunesse et/ou vie associative qui supervisent les initiatives'
		)
	),
	{
		id: 'departments_involved.several',
		trait: 'governance',
		questionId: 'departments_involved',
		// 3 directions: « collabore avec d'autres services » read as more than one or two.
		match: { countAtLeast: 3, answerLabel: 'Un service RI et au moins trois autres directions' },
		when: { answer: 'ri_service', is: 'yes' },
		weights: { climapart: 1 },
		reason: 'Le service des relations internationales des CLIMAPART travaille avec les autres services.',
		sources: [climapartService]
	},
	rule(
		'governance',
		'delegation',
		'yes',
		{ cosmin: 3 },
		'Confier la mise en œuvre à des comités de jumelage ou à des associations est la manière des COSMIN.',
		s6('Elles délèguent une partie de leurs actions de coopération à des comités de jumelage ou des associations')
	),

	rule(
		'partnerships',
		'networks',
		'none',
		{ humanis: 1, cosmin: 1, cimob: 1, climapart: -1, astre: -1 },
		'Aucun réseau : c’est le cas de la plupart des HUMANIS, COSMIN et CIMOB, quand les CLIMAPART et les ASTRE en sont membres.',
		...fewNetworks,
		climapartNetworks,
		astreNetworks
	),
	rule(
		'partnerships',
		'networks',
		'rrma',
		{ astre: 2, climapart: 1 },
		'L’ASTRE-type adhère au réseau régional ; les CLIMAPART sont membres de réseaux.',
		s6('Elle est adhérente à CUF et au RRMA de sa région'),
		climapartNetworks
	),
	rule(
		'partnerships',
		'networks',
		'cuf',
		{ astre: 2, climapart: 1 },
		'L’ASTRE-type adhère à Cités Unies France ; les CLIMAPART sont membres de réseaux.',
		s6('Elle est adhérente à CUF et au RRMA de sa région'),
		climapartNetworks
	),
	rule(
		'partnerships',
		'networks',
		'international_networks',
		{ climapart: 2, astre: 1 },
		'La CLIMAPART-type est membre d’un réseau international ; les ASTRE aussi sont actives dans des réseaux.',
		s6('Elle est membre d’un réseau international comme le Réseau des Villes Durables'),
		astreNetworks
	),
	rule(
		'partnerships',
		'networks',
		'afccre',
		{ climapart: 1, astre: 1 },
		'Être membre de réseaux de collectivités rapproche des CLIMAPART et des ASTRE.',
		climapartNetworks,
		astreNetworks
	),
	rule(
		'partnerships',
		'networks',
		'other',
		{ climapart: 1, astre: 1 },
		'Être membre de réseaux de collectivités rapproche des CLIMAPART et des ASTRE.',
		climapartNetworks,
		astreNetworks
	),
	rule(
		'partnerships',
		'action_families',
		'local_government_networks',
		{ climapart: 1, astre: 1 },
		'Participer à des réseaux de gouvernements locaux est une pratique des CLIMAPART et des ASTRE.',
		climapartNetworks,
		astreNetworks
	),
	rule(
		'partnerships',
		'french_partnerships',
		'lasting',
		{ climapart: 2 },
		'Des partenariats durables avec d’autres collectivités : c’est la pratique des CLIMAPART.',
		s6('ont des partenariats avec d’autres CT')
	),
	rule(
		'partnerships',
		'cooperation_forms',
		'institutional_partnership',
		{ astre: 3 },
		'Les partenariats institutionnels sont la stratégie des ASTRE.',
		table('Partenariats institutionnels')
	),
	rule(
		'partnerships',
		'support_received',
		'yes',
		{ climapart: 1, humanis: 1, cimob: 1 },
		'Avoir été accompagné : souvent le cas des CLIMAPART, parfois des HUMANIS et des CIMOB.',
		s6('ont souvent été accompagnées par des organismes spécialisés'),
		s6('certaines se font accompagner par des acteurs spécialisés'),
		s6('la collaboration avec des acteurs spécialisés, bien que limitée, est souvent recherchée')
	),
	rule(
		'partnerships',
		'support_received',
		'no',
		{ cosmin: 1 },
		'N’avoir jamais été accompagné est fréquent chez les COSMIN.',
		s6('bien que très peu d’entre elles adhèrent à des réseaux ou aient bénéficié d’accompagnements spécifiques')
	),
	rule(
		'partnerships',
		'local_actors',
		'diaspora_associations',
		{ cosmin: 2 },
		'Travailler avec les diasporas est au cœur de la stratégie des COSMIN.',
		s6(
			'La collaboration avec le tissu associatif local et les membres de la diaspora est au cœur de leur stratégie'
		)
	),
	rule(
		'partnerships',
		'local_actors',
		'twinning_committees',
		{ cosmin: 1, humanis: 1 },
		'Les comités de jumelage sont les partenaires des COSMIN et des HUMANIS.',
		table('Comité de jumelage, liens avec les diasporas et associations'),
		table('Comité de jumelage, proximité avec les associations')
	),
	rule(
		'partnerships',
		'local_actors',
		'solidarity_associations',
		{ humanis: 1 },
		'La proximité avec les associations est la stratégie des HUMANIS.',
		s6('La stratégie repose sur la proximité avec les acteurs du territoire')
	),
	rule(
		'partnerships',
		'local_actors',
		'companies',
		{ astre: 2 },
		'Travailler avec les entreprises du territoire est la stratégie des ASTRE.',
		table('Conseils et accompagnement d’entreprises ou acteurs du territoire')
	),
	{
		id: 'local_actors.several',
		trait: 'partnerships',
		questionId: 'local_actors',
		// 3 kinds of actors: « multi-acteurs » read as more than one or two partners.
		match: { countAtLeast: 3, answerLabel: 'Au moins trois types d’acteurs du territoire' },
		weights: { climapart: 1 },
		reason: 'Des partenariats multi-acteurs sont la stratégie des CLIMAPART.',
		sources: [table('Liens entre CT, membres de réseaux, partenariats multi-acteurs')]
	}
];
