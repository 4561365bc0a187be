// The exported file: one or several diagnostics, versioned. Reading one is strict: a file is
// either accepted whole, every diagnostic migrated and valid, or refused with French messages saying where.
import { countFr } from '../engine/french';
import * as v from 'valibot';
import type { Diagnostic } from './diagnostic';
import { checkDiagnostic, diagnosticSchema, isoDate } from './diagnostic-schema';
import { place, refusalMessages } from './refusals';

export { diagnosticSchema } from './diagnostic-schema';

export const FILE_FORMAT = 'acter-autodiagnostic';
export const FILE_FORMAT_VERSION = 1;
/** Far above a year of meetings (a diagnostic is ~5 KB), far below what would freeze a phone. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_DIAGNOSTICS_PER_FILE = 5000;
const MAX_MESSAGES = 20;

const envelope = {
	format: v.literal(FILE_FORMAT, `doit valoir « ${FILE_FORMAT} »`),
	formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(FILE_FORMAT_VERSION)),
	exportedAt: isoDate
};
const empty = 'ne contient aucun diagnostic';
const tooMany = `contient plus de ${countFr(MAX_DIAGNOSTICS_PER_FILE)} diagnostics`;

/** The envelope only: each diagnostic is migrated, then checked by `checkDiagnostic`. */
const envelopeSchema = v.strictObject({
	...envelope,
	diagnostics: v.pipe(v.array(v.unknown()), v.minLength(1, empty), v.maxLength(MAX_DIAGNOSTICS_PER_FILE, tooMany))
});

/** The whole file at the current version, as documented in docs/diagnostic-file.schema.json. */
export const diagnosticFileSchema = v.strictObject({
	...envelope,
	diagnostics: v.pipe(
		v.array(diagnosticSchema),
		v.minLength(1, empty),
		v.maxLength(MAX_DIAGNOSTICS_PER_FILE, tooMany)
	)
});

export interface DiagnosticFile {
	format: typeof FILE_FORMAT;
	formatVersion: number;
	exportedAt: string;
	diagnostics: Diagnostic[];
}

export type ReadResult = { ok: true; diagnostics: Diagnostic[] } | { ok: false; errors: string[] };

const refuse = (...errors: string[]): ReadResult => ({ ok: false, errors });

const tooLarge = `Le fichier est trop volumineux (plus de ${MAX_FILE_BYTES / 1024 / 1024}\u00a0Mo) pour être un export de l’application.`;

/**
 * Reads an exported file's bytes, as the app and the CLI get them: UTF-8, with or without a byte
 * order mark. Text in another encoding (Latin-1, Windows-1252) is refused, not read as mojibake.
 */
export function readDiagnosticBytes(bytes: Uint8Array): ReadResult {
	if (bytes.length > MAX_FILE_BYTES) return refuse(tooLarge);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return refuse(
			'Ce fichier n’est pas encodé en UTF-8 (peut-être en Latin-1 ou Windows-1252, après un passage dans un tableur ou un éditeur de texte)\u00a0: ses accents seraient mal lus. Réexportez-le depuis l’application, ou enregistrez-le en UTF-8.'
		);
	}
	return readDiagnosticFile(text);
}

/** Reads an exported file's text. Never throws; refuses the whole file if any diagnostic is wrong. */
export function readDiagnosticFile(text: string): ReadResult {
	if (text.length > MAX_FILE_BYTES) return refuse(tooLarge);
	let data: unknown;
	try {
		// a byte order mark, as some editors add, is not part of the JSON
		data = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
	} catch {
		return refuse('Ce fichier n’est pas un fichier JSON valide : il a peut-être été tronqué ou modifié.');
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT) {
		return refuse('Ce fichier n’est pas un export de l’autodiagnostic ACTER.');
	}
	const version = (data as { formatVersion?: unknown }).formatVersion;
	if (typeof version === 'number' && version > FILE_FORMAT_VERSION) {
		return refuse(
			'Ce fichier vient d’une version plus récente de l’application : mettez l’application à jour pour l’ouvrir.'
		);
	}
	const envelope = v.safeParse(envelopeSchema, data);
	if (!envelope.success) return refuse(...refusalMessages(envelope.issues, '', MAX_MESSAGES));
	const diagnostics: Diagnostic[] = [];
	const errors: string[] = [];
	const ids = new Set<string>();
	envelope.output.diagnostics.forEach((raw, index) => {
		const checked = checkDiagnostic(raw, `diagnostics.${index}`);
		if (!checked.ok) errors.push(...checked.errors);
		else if (ids.has(checked.diagnostic.id))
			errors.push(
				`${place(`diagnostics.${index}.id`)}\u00a0: le même diagnostic figure deux fois dans le fichier`
			);
		else {
			ids.add(checked.diagnostic.id);
			diagnostics.push(checked.diagnostic);
		}
	});
	if (errors.length > 0) return refuse(...errors.slice(0, MAX_MESSAGES));
	return { ok: true, diagnostics };
}

const ENVELOPE_BYTES = 1024;

function utf8Bytes(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code < 0xdc00) {
			bytes += 4; // a surrogate pair: one 4-byte character
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/**
 * Splits an export into files the import accepts: each under both limits (count and size), so
 * whatever the app exports, it reads back. One file in the usual case.
 */
export function splitForExport(diagnostics: readonly Diagnostic[]): Diagnostic[][] {
	const parts: Diagnostic[][] = [];
	let part: Diagnostic[] = [];
	let bytes = 0;
	for (const diagnostic of diagnostics) {
		const json = JSON.stringify(diagnostic, null, '\t');
		// in the file, each of its lines is indented by two more tabs, and followed by a comma
		const size = utf8Bytes(json) + 2 * (json.split('\n').length + 1);
		if (
			part.length > 0 &&
			(part.length === MAX_DIAGNOSTICS_PER_FILE || bytes + size > MAX_FILE_BYTES - ENVELOPE_BYTES)
		) {
			parts.push(part);
			part = [];
			bytes = 0;
		}
		part.push(diagnostic);
		bytes += size;
	}
	if (part.length > 0) parts.push(part);
	return parts;
}

export function writeDiagnosticFile(diagnostics: readonly Diagnostic[], now: Date = new Date()): string {
	const file: DiagnosticFile = {
		format: FILE_FORMAT,
		formatVersion: FILE_FORMAT_VERSION,
		exportedAt: now.toISOString(),
		diagnostics: [...diagnostics]
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}
