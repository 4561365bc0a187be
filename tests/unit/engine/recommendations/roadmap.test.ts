// The roadmap of authorities a review of the advice ran: a « 1 % » is proposed to the elected officials,
// never applied for; its sentences agree with what they list.
import { describe, expect, it } from 'vitest';
import { diagnosed } from './cases';
import { reviewedCases } from '../../../fixtures/answers';

const onePercents = ['one_percent_water', 'one_percent_waste', 'one_percent_energy', 'one_percent_mobility'];

function roadmapOf(answers: (typeof reviewedCases)[keyof typeof reviewedCases]) {
	return diagnosed(answers).recommendations.roadmap.steps;
}

describe('roadmap', () => {
	it.each(['wasteSyndicateSenegal', 'crossBorderSwitzerland'] as const)(
		'%s: names its « 1 % » only in the step that proposes it to the elected officials',
		(name) => {
			const steps = roadmapOf(reviewedCases[name]);
			const proposal = steps.find((s) => s.id === 'one_percent');
			expect(proposal?.options.map((o) => o.id)).toEqual(expect.arrayContaining(['one_percent_waste']));
			for (const step of steps.filter((s) => s.id !== 'one_percent')) {
				expect(
					step.options.map((o) => o.id).filter((id) => onePercents.includes(id)),
					step.id
				).toEqual([]);
				expect(step.title, step.id).not.toMatch(/1\s%/);
			}
		}
	);

	it('builds no application step on a programme it has no European partner for', () => {
		for (const name of ['mayotteComoros', 'departmentNorthAmerica', 'emergencyOnly'] as const) {
			const apply = roadmapOf(reviewedCases[name]).find((s) => s.id === 'apply_funding');
			expect(apply?.title ?? '', name).not.toMatch(/Erasmus/);
		}
	});

	it('says « vos compétences » for two, without brackets inside brackets', () => {
		const detail = roadmapOf(reviewedCases.crossBorderSwitzerland).find((s) => s.id === 'one_percent')?.detail;
		expect(detail).toMatch(
			/^Vos compétences «\u00a0collecte ou traitement des déchets ménagers\u00a0» et «\u00a0organisation de la mobilité \(autorité organisatrice\)\u00a0» permettent /
		);
		expect(detail).not.toMatch(/\([^)]*\(/);
	});

	it('says « votre compétence » for one', () => {
		const detail = roadmapOf(reviewedCases.wasteSyndicateSenegal).find((s) => s.id === 'one_percent')?.detail;
		expect(detail).toMatch(/^Votre compétence «\u00a0collecte ou traitement des déchets ménagers\u00a0» permet /);
	});
});
