// Why a file or a record is refused, in French and in the user's words: valibot's issues are
// translated here (its own English messages are never shown), and each field is named as the app
// names it, with its place in the file after it for whoever edits the JSON by hand.
import { countFr } from '../engine/french';
import * as v from 'valibot';
import { questionnaire } from '../content/questionnaire';
import { findQuestion } from '../engine/questionnaire';

const FIELDS: Readonly<Record<string, string>> = {
	format: 'format du fichier',
	formatVersion: 'version du format du fichier',
	exportedAt: 'date d’export',
	diagnostics: 'liste des diagnostics',
	schemaVersion: 'version du format du diagnostic',
	questionnaireVersion: 'version du questionnaire',
	id: 'identifiant',
	title: 'nom du diagnostic',
	createdAt: 'date de création',
	updatedAt: 'date de dernière modification',
	revision: 'numéro d’enregistrement',
	answers: 'réponses',
	currentStepId: 'étape en cours',
	completedAt: 'date d’achèvement',
	lastExportedAt: 'date de dernière sauvegarde',
	previousEditionId: 'édition précédente',
	legacyAnswers: 'réponses à des questions retirées'
};

/** « diagnostics.3.answers.region » → « diagnostic n° 4, question « Région » (diagnostics.3.answers.region) » */
export function place(path: string): string {
	const parts = path.split('.').filter(Boolean);
	const words: string[] = [];
	if (parts[0] === 'diagnostics' && parts.length > 1 && /^\d+$/.test(parts[1]!)) {
		words.push(`diagnostic n°\u00a0${Number(parts[1]) + 1}`);
		parts.splice(0, 2);
	}
	const [field, key] = parts;
	if (field === 'answers' && key !== undefined) {
		const question = findQuestion(questionnaire, key);
		words.push(question ? `question « ${question.label} »` : `réponse « ${key} »`);
	} else if (field !== undefined) {
		words.push(FIELDS[field] ?? `champ « ${field} »`);
	}
	if (words.length === 0) return 'Le fichier';
	const text = words.join(', ');
	const said = `${text[0]!.toUpperCase()}${text.slice(1)}`;
	return path ? `${said} (${path})` : said;
}

const TYPES: Readonly<Record<string, string>> = {
	string: 'doit être un texte',
	number: 'doit être un nombre',
	array: 'doit être une liste',
	record: 'doit être un ensemble de réponses',
	strict_object: 'doit être un objet JSON',
	object: 'doit être un objet JSON',
	literal: 'n’a pas la valeur attendue',
	union: 'doit être un texte, un nombre ou une liste de choix'
};

/** The French message of one valibot issue. */
export function frenchIssue(issue: v.BaseIssue<unknown>): string {
	const requirement = (issue as { requirement?: unknown }).requirement;
	// a message the schema gives (in French) wins; valibot's own defaults all start « Invalid »
	if (!issue.message.startsWith('Invalid ')) return issue.message;
	if (issue.kind === 'schema') {
		if (issue.type === 'strict_object' && issue.expected === 'never')
			return 'champ inconnu de ce format : le fichier a peut-être été modifié';
		if (issue.received === 'undefined') return 'manque';
		return TYPES[issue.type] ?? 'n’a pas la forme attendue';
	}
	switch (issue.type) {
		case 'integer':
			return 'doit être un nombre entier';
		case 'finite':
			return 'doit être un nombre';
		case 'min_value':
			return `doit valoir au moins ${String(requirement)}`;
		case 'max_value':
			return `doit valoir au plus ${String(requirement)}`;
		case 'min_length':
			return requirement === 1
				? 'ne doit pas être vide'
				: `doit contenir au moins ${String(requirement)} éléments`;
		case 'max_length':
			return typeof issue.input === 'string'
				? `est trop long (${countFr(Number(requirement))} caractères au plus)`
				: `contient trop d’éléments (${countFr(Number(requirement))} au plus)`;
		default:
			return 'n’a pas la valeur attendue';
	}
}

/** One message per field, at most `max`: a field wrong in two ways (1e400: not an integer, too big) is said once. */
export function refusalMessages(issues: readonly v.BaseIssue<unknown>[], prefix: string, max: number): string[] {
	const seen = new Set<string>();
	const messages: string[] = [];
	for (const issue of issues) {
		const path = [prefix, v.getDotPath(issue)].filter(Boolean).join('.');
		if (seen.has(path)) continue;
		seen.add(path);
		messages.push(`${place(path)}\u00a0: ${frenchIssue(issue)}`);
		if (messages.length === max) break;
	}
	return messages;
}
