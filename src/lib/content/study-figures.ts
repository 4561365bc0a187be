// Figures of the ACTER study (CIRRMA, November 2024) used to situate an authority among the
// respondents (chiffres-acter.md). Unless said otherwise the base is the 104 authorities with an
// international action. `section` is the study's section where the figure is read.

export interface StudyFigure {
	readonly section: number;
	/** share of the base, in % */
	readonly percent: number;
	/** the base, in French, as it follows « des » / « de l’étude » */
	readonly base: string;
}

const engagedBase = 'collectivités de l’étude qui ont une action extérieure';
/** « Sur les répondants disposant d'un budget AECT » (section 3): the budget bands are shares of these. */
const budgetBase = 'collectivités de l’étude qui ont indiqué un budget d’action extérieure';

export const studySample = { respondents: 122, engaged: 104, notEngaged: 18, interviews: 50 } as const;

/** Said wherever the app compares: the study points out its own sampling bias (section 1). */
export const studyCaveat =
	'Ces repères viennent de l’étude ACTER (CIRRMA, 2024) : 122 collectivités ont répondu au questionnaire entre mai et novembre 2023, surtout des collectivités proches des réseaux régionaux (RRMA), qui l’ont diffusé. Ils décrivent cet échantillon, pas l’ensemble des collectivités françaises.';

export const studyFigures = {
	riServiceYes: { section: 3, percent: 47.1, base: engagedBase },
	riServiceNo: { section: 3, percent: 52.9, base: engagedBase },
	budgetLineUnknown: { section: 3, percent: 33, base: engagedBase },
	budgetUnder10k: { section: 5, percent: 20, base: budgetBase },
	budgetUnder50k: { section: 3, percent: 50, base: budgetBase },
	budget10kTo50k: { section: 3, percent: 30, base: budgetBase },
	budget250kTo500k: { section: 3, percent: 9, base: budgetBase },
	/**
	 * « 51 % des CT qui ont un service RI participent à des réseaux nationaux ou internationaux » (participation, not
	 * membership)
	 */
	networksWithRi: { section: 3, percent: 51, base: 'collectivités de l’étude dotées d’un service RI' },
	networksWithoutRi: { section: 3, percent: 11, base: 'collectivités de l’étude sans service RI' },
	networksUnder10k: { section: 2, percent: 0, base: 'collectivités de moins de 10 000 habitants de l’étude' },
	networks10kTo50k: { section: 2, percent: 15, base: 'collectivités de 10 000 à 50 000 habitants de l’étude' },
	supportedYes: { section: 2, percent: 39.4, base: engagedBase },
	supportedNo: { section: 2, percent: 47.1, base: engagedBase },
	supportedByRrma: { section: 2, percent: 23, base: 'collectivités accompagnées de l’étude' },
	seniorityOver10: { section: 2, percent: 65, base: engagedBase },
	seniorityOver20: { section: 2, percent: 46, base: engagedBase },
	odaDeclared: { section: 3, percent: 50, base: engagedBase },
	mainObstacleFinancial: { section: 5, percent: 32, base: engagedBase },
	needFundingInformation: { section: 5, percent: 56, base: engagedBase },
	needProjectDesign: { section: 5, percent: 36, base: engagedBase },
	needPeerInformation: { section: 5, percent: 35, base: engagedBase },
	notEngagedShare: { section: 1, percent: 15, base: 'collectivités de l’étude' },
	notEngagedSmallCommunes: { section: 7, percent: 44, base: 'collectivités de l’étude sans action extérieure' },
	notEngagedNeedFunding: { section: 7, percent: 83, base: 'collectivités de l’étude sans action extérieure' },
	notEngagedNeedTechnical: { section: 7, percent: 55, base: 'collectivités de l’étude sans action extérieure' }
} as const satisfies Record<string, StudyFigure>;

/** Share with a dedicated budget line, by kind of authority (section 3); absent kinds: none given. */
export const budgetLineByType: Readonly<Record<string, StudyFigure>> = {
	municipality: { section: 3, percent: 47, base: 'communes de l’étude' },
	department: { section: 3, percent: 44, base: 'départements de l’étude' },
	community_of_communes: { section: 3, percent: 28, base: 'communautés de communes de l’étude' },
	region: { section: 3, percent: 100, base: 'régions de l’étude' },
	metropolis: { section: 3, percent: 100, base: 'métropoles de l’étude' },
	urban_community: { section: 3, percent: 100, base: 'communautés urbaines de l’étude' }
};

/** Share funded by the ministry, by population (section 3); bands without a figure are absent. */
export const ministryFundingByPopulation: Readonly<Record<string, StudyFigure>> = {
	under_2k: { section: 3, percent: 35, base: 'collectivités de moins de 10 000 habitants de l’étude' },
	'2k_5k': { section: 3, percent: 35, base: 'collectivités de moins de 10 000 habitants de l’étude' },
	'5k_10k': { section: 3, percent: 35, base: 'collectivités de moins de 10 000 habitants de l’étude' },
	'10k_50k': { section: 3, percent: 50, base: 'collectivités de 10 000 à 50 000 habitants de l’étude' },
	'100k_500k': { section: 3, percent: 71, base: 'collectivités de 100 000 à 500 000 habitants de l’étude' },
	over_1m: { section: 3, percent: 100, base: 'collectivités de plus d’un million d’habitants de l’étude' }
};
