// An authority's regional multi-actor network, by its name. The questionnaire lets each authority
// tick « Le réseau régional multi-acteurs (RRMA) de ma région »; beside other authorities' answers
// (comparison, changes between editions, CSV) « ma région » says nothing, the network's name does.
import { supportOptions, type SupportOption } from '../../content/supports';
import type { Answers } from '../../content/types';

const RRMA_OPTION = 'rrma';
const UNNAMED = 'Un réseau régional multi-acteurs (RRMA)';

/** The option's territory rule covers the authority's region or department. */
function serves(option: SupportOption, region: unknown, department: unknown): boolean {
	return option.eligibility.requires.some(
		(rule) =>
			rule.kind === 'territory' &&
			((typeof region === 'string' && rule.regions?.some((id) => id === region) === true) ||
				(typeof department === 'string' && rule.departments?.includes(department) === true))
	);
}

/** The network of the authority's region (or department: Yvelines), else the nearest one serving it. */
export function regionalNetworkName(answers: Answers): string {
	const region = answers['region'];
	const networks = supportOptions.filter(
		(option) => option.regionalNetwork === true && serves(option, region, answers['department'])
	);
	const own = networks.find((option) => !option.nearestFor?.some((id) => id === region));
	return (own ?? networks[0])?.name ?? UNNAMED;
}

/** For answerText: the label of the « networks » option that means « my region's network ». */
export function networkLabels(
	questionId: string,
	answers: Answers
): ((optionId: string) => string | undefined) | undefined {
	if (questionId !== 'networks') return undefined;
	return (optionId) => (optionId === RRMA_OPTION ? regionalNetworkName(answers) : undefined);
}
