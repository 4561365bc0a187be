// Orientation, why the authority acts: its motivations (typologie.md — « motivations »).
// The main motivation counts again on top (see settings.ts).
import type { TypologyRule } from './rule-types';

const motivation = (
	option: string,
	weights: TypologyRule['weights'],
	reason: string,
	source: string
): TypologyRule => ({ id: `motivation.${option}`, axis: 'orientation', questionId: 'motivations', match: { option }, weights, reason, source });

export const motivationRules: readonly TypologyRule[] = [
	motivation(
		'international_solidarity',
		{ humanis: 3, climapart: 2 },
		'La solidarité est le cœur des HUMANIS ; les CLIMAPART la citent aussi, avec les ODD.',
		'typologie.md — motivations : HUMANIS « solidarité, droits humains, valeurs » ; CLIMAPART « solidarité internationale »'
	),
	motivation(
		'human_rights',
		{ humanis: 3 },
		'Les droits humains et la lutte contre les inégalités motivent les HUMANIS.',
		'typologie.md — motivations : HUMANIS « droits humains, lutte contre les inégalités »'
	),
	motivation(
		'social_cohesion',
		{ cosmin: 3 },
		'La cohésion sociale et le vivre ensemble sont la première motivation des COSMIN.',
		'typologie.md — motivations : COSMIN « cohésion sociale, vivre ensemble »'
	),
	motivation(
		'cultural_diversity',
		{ cosmin: 3 },
		'La diversité culturelle et les migrations sont au centre des COSMIN.',
		'typologie.md — motivations : COSMIN « diversité culturelle, migrations »'
	),
	motivation(
		'openness',
		{ cosmin: 2, cimob: 2 },
		'L’ouverture au monde des habitants motive à la fois les COSMIN et les CIMOB.',
		'typologie.md — motivations : COSMIN « ouverture au monde » ; CIMOB « ouverture au monde des citoyens »'
	),
	motivation(
		'youth_mobility',
		{ cimob: 3 },
		'La mobilité des jeunes est la marque des CIMOB.',
		'typologie.md — motivations : CIMOB « mobilité des jeunes, employabilité, engagement citoyen »'
	),
	motivation(
		'sdg',
		{ climapart: 3, astre: 1 },
		'Les ODD guident les CLIMAPART ; les ASTRE les citent aussi.',
		'typologie.md — motivations : CLIMAPART « défis locaux et globaux, ODD » ; ASTRE « ODD »'
	),
	motivation(
		'shared_challenges',
		{ climapart: 3 },
		'Relever ensemble des défis climatiques et de transition est le projet des CLIMAPART.',
		'typologie.md — motivations : CLIMAPART « défis locaux et globaux, transitions »'
	),
	motivation(
		'attractiveness',
		{ astre: 3 },
		'L’attractivité et le rayonnement du territoire sont la raison d’être des ASTRE.',
		'typologie.md — motivations : ASTRE « attractivité, rayonnement »'
	),
	motivation(
		'business_internationalisation',
		{ astre: 3 },
		'Accompagner les entreprises à l’international est propre aux ASTRE.',
		'typologie.md — motivations : ASTRE « internationalisation des entreprises »'
	)
];
