// Needs read from the answers: what the authority said, never more. « Je ne sais pas » is not « non ».
import { describe, expect, it } from 'vitest';
import { engagedAnswers } from '../../../fixtures/answers';
import { diagnosed } from './cases';

const fundingReasons = (budgetLine: string) =>
	diagnosed({ ...engagedAnswers, budget_line: budgetLine }).recommendations.needs.find(
		(n) => n.id === 'funding_information'
	)?.reasons ?? [];

describe('the need for funding information', () => {
	it('says there is no budget line only when the authority said so', () => {
		expect(fundingReasons('no')).toContain('Vous n’avez pas de ligne budgétaire dédiée à l’action extérieure.');
		expect(fundingReasons('unknown')).not.toContain(
			'Vous n’avez pas de ligne budgétaire dédiée à l’action extérieure.'
		);
		expect(fundingReasons('unknown')).toContain(
			'Vous ne savez pas si une ligne budgétaire est dédiée à l’action extérieure.'
		);
		expect(fundingReasons('yes').join(' ')).not.toMatch(/ligne budgétaire/);
	});
});
