import { questionnaire } from '../src/lib/content/questionnaire';
import type { Condition, Question } from '../src/lib/content/types';

const kindLabel: Record<Question['kind'], string> = {
	single: 'choix unique',
	multiple: 'choix multiple',
	text: 'texte',
	number: 'nombre',
	countries: 'liste de pays'
};

function describeCondition(condition: Condition): string {
	if ('all' in condition) return condition.all.map(describeCondition).join(' et ');
	if ('any' in condition) return `(${condition.any.map(describeCondition).join(' ou ')})`;
	if ('not' in condition) return `non (${describeCondition(condition.not)})`;
	if ('is' in condition) return `\`${condition.answer}\` = \`${condition.is}\``;
	if ('isAnyOf' in condition)
		return `\`${condition.answer}\` ∈ {${condition.isAnyOf.map((v) => `\`${v}\``).join(', ')}}`;
	if ('answered' in condition)
		return `\`${condition.answer}\` ${condition.answered ? 'renseignée' : 'non renseignée'}`;
	if ('below' in condition) return `\`${condition.answer}\` < ${condition.below}`;
	return `au moins ${condition.countAtLeast} choix dans \`${condition.answer}\``;
}

function describeOptions(question: Question): string {
	if (question.kind === 'single' && question.optionsFrom) return `les choix cochés à \`${question.optionsFrom}\``;
	if (question.kind === 'single' && question.groupedBy && question.options.length > 20) {
		return `${question.options.length} entrées, filtrées par \`${question.groupedBy}\``;
	}
	if (question.kind === 'single' && question.options.length > 20) return `${question.options.length} entrées`;
	if (question.kind === 'single' || question.kind === 'multiple') {
		return question.options.map((o) => `\`${o.id}\` ${o.label}${o.exclusive ? ' (exclusif)' : ''}`).join(' ; ');
	}
	if (question.kind === 'number') return `de ${question.min} à ${question.max} ${question.unit}`;
	if (question.kind === 'text') return `${question.maxLength} caractères au plus`;
	return `codes ISO 3166-1 alpha-2, ${question.max} au plus`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function questionnaireDocument(): string {
	const lines = [
		'# Le questionnaire, question par question',
		'',
		`Version du questionnaire : ${questionnaire.version}. Ce fichier est généré à partir de`,
		'`src/lib/content/questionnaire.ts` par `npm run docs:questionnaire` ; ne le modifiez pas à la main.',
		'',
		'Les identifiants (étapes, questions, réponses) sont stables : les diagnostics enregistrés et exportés y',
		'font référence. Une réponse à une question masquée est conservée mais ne compte pas (ni dans la',
		'progression, ni dans le classement, ni dans les exports de résultats).',
		''
	];
	for (const step of questionnaire.steps) {
		lines.push(`## ${step.title} (\`${step.id}\`)`, '', `Dans l’étude ACTER : ${step.studySections}.`, '');
		if (step.visibleIf) lines.push(`Étape affichée si : ${describeCondition(step.visibleIf)}.`, '');
		lines.push(
			'| identifiant | question | type | obligatoire | affichée si | réponses possibles |',
			'|---|---|---|---|---|---|'
		);
		for (const q of step.questions) {
			lines.push(
				`| \`${q.id}\` | ${cell(q.label)} | ${kindLabel[q.kind]} | ${q.required ? 'oui' : 'non'} | ${q.visibleIf ? cell(describeCondition(q.visibleIf)) : 'toujours'} | ${cell(describeOptions(q))} |`
			);
		}
		lines.push('');
	}
	return `${lines.join('\n')}`;
}
