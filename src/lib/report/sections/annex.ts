// Annex: every answer given, then the method and the sources.
import { questionnaire } from '../../content/questionnaire';
import type { Answers } from '../../content/types';
import { answerText } from '../../engine/answer-text';
import { visibleQuestions, visibleSteps } from '../../engine/questionnaire';
import type { ReportBlock, ReportSection } from '../model';
import { printable, replacementNote } from '../printable';
import { frenchDate } from '../text';

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

export function methodSection(catalogueUpdatedAt: string): ReportSection {
	return {
		id: 'method',
		title: 'Annexe : méthode et sources',
		blocks: [
			{
				kind: 'paragraph',
				text: 'La typologie, les profils-types et les chiffres de comparaison viennent de l’étude ACTER, « Action extérieure des collectivités territoriales : états des lieux régionaux », publiée par la Conférence inter-régionale des réseaux régionaux multi-acteurs (CIRRMA) en novembre 2024. Elle repose sur 122 réponses à un questionnaire (mai à novembre 2023) et 50 entretiens dans sept régions et un département.'
			},
			{
				kind: 'paragraph',
				text: 'Le questionnaire a été diffusé surtout par les réseaux régionaux multi-acteurs : les collectivités proches de ces réseaux y sont plus nombreuses. Les comparaisons situent votre collectivité ; elles ne la classent pas.'
			},
			{
				kind: 'paragraph',
				text: 'Le classement attribue des points à chaque modèle selon les traits que l’étude lui associe (motivations, actions, thèmes, zones, organisation, budget, financements, réseaux, ancienneté), sur deux axes : l’orientation (pourquoi et sur quoi vous agissez) et la structuration (comment vous êtes organisés). Les parts en pourcentage en découlent ; un écart de quelques points entre deux modèles signale un profil hybride.'
			},
			{
				kind: 'paragraph',
				text: `Les dispositifs d’appui proviennent de pages publiques relevées le ${frenchDate(catalogueUpdatedAt)} ; seuls les faits confirmés sont présentés, avec l’année à laquelle ils se rapportent. Ce document a été produit sur votre appareil par l’application ACTER autodiagnostic, sans transmission de données.`
			}
		]
	};
}
