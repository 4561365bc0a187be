// Why the authority acts (« Motivations / priorités » of the synthesis table). The main motivation
// counts once more on top (see settings.ts).
import { optionRule } from './build';
import { s6, table } from './quotes';
import type { StudyQuote, TypologyRule } from './rule-types';

const motivation = (option: string, weights: TypologyRule['weights'], reason: string, ...sources: StudyQuote[]) =>
	optionRule('motivations', 'motivations', option, weights, reason, sources);

export const motivationRules: readonly TypologyRule[] = [
	motivation(
		'international_solidarity',
		{ humanis: 3, climapart: 2 },
		'La solidarité est le cœur des HUMANIS ; la CLIMAPART-type la cite aussi, avec les ODD.',
		s6('des motivations et des priorités axées sur le devoir de solidarité envers l’Autre'),
		s6(
			'Cet engagement est lié à sa volonté de participer à la solidarité internationale et de contribuer à l’atteinte des ODD'
		)
	),
	motivation(
		'human_rights',
		{ humanis: 3 },
		'Les droits humains et la lutte contre les inégalités motivent les HUMANIS.',
		s6(
			'l’encouragement de la reconnaissance des droits de l’homme et la lutte contre les inégalités sous toutes leurs formes'
		)
	),
	motivation(
		'social_cohesion',
		{ cosmin: 3 },
		'La cohésion sociale et le vivre ensemble sont la priorité des COSMIN.',
		s6(
			'Leurs priorités incluent la promotion de la cohésion sociale, du vivre ensemble et de la diversité culturelle'
		)
	),
	motivation(
		'cultural_diversity',
		{ cosmin: 3 },
		'La diversité culturelle et les migrations sont au centre des COSMIN.',
		s6('avec un accent particulier sur les questions liées aux migrations et à l’intégration')
	),
	motivation(
		'openness',
		{ cimob: 2, cosmin: 2 },
		'L’ouverture au monde des habitants motive les CIMOB, et la COSMIN-type.',
		table('Ouverture au monde des citoyens, mobilité'),
		s6('contribuer à l’ouverture au monde des habitants de son territoire')
	),
	motivation(
		'youth_mobility',
		{ cimob: 3 },
		'La mobilité des jeunes est la marque des CIMOB.',
		s6('mettant l’accent sur la citoyenneté mondiale et la mobilité internationale, en particulier des jeunes')
	),
	motivation(
		'sdg',
		{ climapart: 3, astre: 1 },
		'Les ODD guident les CLIMAPART ; l’ASTRE-type les cite aussi.',
		s6('Elles mettent en avant une perspective de développement durable et d’atteinte des ODD'),
		s6('renforcer l’attractivité du territoire et son rayonnement et de contribuer à l’atteinte des ODD')
	),
	motivation(
		'shared_challenges',
		{ climapart: 3 },
		'Relever ensemble les défis locaux et mondiaux, dont le climat, est le projet des CLIMAPART.',
		s6(
			'la prise en charge conjointe des défis locaux et mondiaux, en particulier ceux liés au changement climatique'
		)
	),
	motivation(
		'attractiveness',
		{ astre: 3 },
		'L’attractivité et le rayonnement du territoire sont la raison d’être des ASTRE.',
		s6('Leurs motivations et priorités reposent sur la promotion de l’attractivité et du rayonnement territorial')
	),
	motivation(
		'business_internationalisation',
		{ astre: 3 },
		'Accompagner les entreprises à l’international est propre aux ASTRE.',
		s6('combinant des actions visant à stimuler l’internationalisation des entreprises')
	)
];
