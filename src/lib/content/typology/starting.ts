// The path of authorities with no international action yet (study, section 7 and conclusion).

export interface StartingStep {
	readonly title: string;
	readonly text: string;
}

export const startingPath = {
	title: 'Votre parcours pour commencer',
	/** the results' first line, in plain words; true also where the region has no network of its own */
	plainWords:
		'Votre collectivité ne mène pas encore d’action à l’international\u00a0: ce parcours propose des premiers pas simples, avec l’appui des réseaux qui accompagnent les collectivités.',
	intro: 'Votre collectivité ne mène pas encore d’action extérieure : elle n’entre donc dans aucun des cinq modèles. C’est le cas d’environ 15 % des collectivités qui ont répondu à l’étude ACTER, et leurs freins sont ceux des collectivités engagées : d’abord le manque de moyens financiers, puis de moyens humains, puis, ex aequo, le manque de connaissance des financements disponibles et d’autres priorités politiques.',
	steps: [
		{
			title: 'Commencer par la jeunesse',
			text: 'Beaucoup de collectivités débutent par la mobilité internationale des jeunes (échanges scolaires, stages, volontariat) : des liens se nouent, puis des coopérations culturelles ou techniques s’y greffent.'
		},
		{
			title: 'S’appuyer sur un jumelage ou une association',
			text: 'Un jumelage ou une association du territoire déjà engagée à l’international offre un premier partenaire et une mise en œuvre légère.'
		},
		{
			title: 'Demander l’appui d’un réseau régional ou national',
			text: 'Le réseau régional multi-acteurs (RRMA) de votre région, là où il en existe un, ou un réseau national comme Cités Unies France informe sur les financements, aide à trouver des partenaires et à monter un premier projet, et met en relation avec les autres collectivités.'
		}
	] satisfies readonly StartingStep[],
	needs: [
		{
			figure: '83 %',
			text: 'des collectivités sans action extérieure disent avoir besoin d’information sur les dispositifs de financement.'
		},
		{ figure: '55 %', text: 'disent avoir besoin d’un appui technique.' }
	],
	source: 'Étude ACTER (CIRRMA, novembre 2024), section 7 et conclusion.'
} as const;
