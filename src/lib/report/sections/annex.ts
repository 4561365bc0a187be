// Where the report's facts come from (always printed), and every answer given (an optional annex).
import { questionnaire } from '../../content/questionnaire';
import type { Answers } from '../../content/types';
import { answerText } from '../../engine/answer-text';
import { visibleQuestions, visibleSteps } from '../../engine/questionnaire';
import type { ReportBlock, ReportSection } from '../model';
import { printable, replacementNote } from '../printable';

export function answersSection(answers: Answers): ReportSection {
	const blocks: ReportBlock[] = [];
	let replaced = false;
	for (const step of visibleSteps(questionnaire, answers)) {
		blocks.push({ kind: 'heading', text: step.title });
		blocks.push({
			kind: 'facts',
			rows: visibleQuestions(step, answers).map((q) => {
				const value = printable(answerText(q, answers[q.id]));
				replaced ||= value.replaced;
				return [q.label, value.text] as const;
			})
		});
	}
	if (replaced) blocks.unshift({ kind: 'paragraph', text: replacementNote('de vos réponses'), tone: 'muted' });
	return { id: 'answers', title: 'Annexe : vos réponses', blocks };
}

export function methodSection(): ReportSection {
	return {
		id: 'method',
		title: 'À propos de ce document',
		blocks: [
			{
				kind: 'paragraph',
				text: 'La typologie, les profils-types et les chiffres de comparaison viennent de l’étude ACTER, « Action extérieure des collectivités territoriales : états des lieux régionaux », publiée par la Conférence inter-régionale des réseaux régionaux multi-acteurs (CIRRMA) en novembre 2024 : 122 réponses à un questionnaire (mai à novembre 2023) et 50 entretiens dans sept régions et un département, surtout auprès de collectivités proches des réseaux régionaux. Les comparaisons situent votre collectivité ; elles ne la classent pas.'
			},
			{
				kind: 'paragraph',
				text: 'Les dispositifs d’appui proviennent de pages publiques, relevées puis vérifiées ; chacun porte la date de sa dernière vérification, et chaque chiffre l’année à laquelle il se rapporte. Seuls les faits confirmés sont présentés. Ce document a été produit sur votre appareil par l’application ACTER autodiagnostic, sans transmission de données.'
			}
		]
	};
}
