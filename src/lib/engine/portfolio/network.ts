// An authority's regional multi-actor network, by its name. The questionnaire lets each authority
// tick « Le réseau régional multi-acteurs (RRMA) de ma région »; beside other authorities' answers
// (comparison, changes between editions, CSV) « ma région » says nothing, the network's name does.
import { supportOptions } from '../../content/supports';
import type { Answers } from '../../content/types';

const RRMA_OPTION = 'rrma';
const UNNAMED = 'Un réseau régional multi-acteurs (RRMA)';

function within(allowed: readonly string[] | undefined, value: unknown): boolean {
	return allowed === undefined || (typeof value === 'string' && allowed.includes(value));
}

/** The network serving the authority's region (or department: Yvelines), from the support catalogue. */
export function regionalNetworkName(answers: Answers): string {
	const network = supportOptions.find(
		(option) =>
			option.regionalNetwork === true &&
			within(option.eligibility.regions, answers['region']) &&
			within(option.eligibility.departments, answers['department'])
	);
	return network?.name ?? UNNAMED;
}

/** For answerText: the label of the « networks » option that means « my region's network ». */
export function networkLabels(questionId: string, answers: Answers): ((optionId: string) => string | undefined) | undefined {
	if (questionId !== 'networks') return undefined;
	return (optionId) => (optionId === RRMA_OPTION ? regionalNetworkName(answers) : undefined);
}
