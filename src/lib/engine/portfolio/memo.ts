// What the portfolio works out for each diagnostic (its progress, effective answers, placement),
// remembered for as long as the record lives. Records are immutable: a change makes a new object,
// so the same object always gives the same result. With 5 000 diagnostics, the list, the CSV and
// the overview then pay for each placement once, not once per view.
import type { QuestionnaireDefinition } from '../../content/types';
import type { Diagnostic } from '../../model/diagnostic';

export function perDiagnostic<T>(
	compute: (definition: QuestionnaireDefinition, diagnostic: Diagnostic) => T
): (definition: QuestionnaireDefinition, diagnostic: Diagnostic) => T {
	const byDefinition = new WeakMap<QuestionnaireDefinition, WeakMap<Diagnostic, T>>();
	return (definition, diagnostic) => {
		let cache = byDefinition.get(definition);
		if (!cache) byDefinition.set(definition, (cache = new WeakMap()));
		if (cache.has(diagnostic)) return cache.get(diagnostic) as T;
		const result = compute(definition, diagnostic);
		cache.set(diagnostic, result);
		return result;
	};
}
