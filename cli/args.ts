// Command-line arguments of « npm run diagnose », read by node:util's parseArgs: files or folders,
// where to write PDFs, the output format. Every message is in French.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs as parseNodeArgs } from 'node:util';

export interface DiagnoseArgs {
	readonly files: readonly string[];
	/** one PDF, when the files hold exactly one diagnostic */
	readonly pdf?: string;
	/** one PDF per diagnostic, named after the authority and the day */
	readonly pdfDir?: string;
	/** the PDFs add the scoring detail and every answer as annexes */
	readonly annex: boolean;
	/** one JSON object per line instead of one array */
	readonly jsonl: boolean;
	/** what a folder held that is not read, said on stderr */
	readonly skipped: readonly string[];
}

export const usage = `Usage : npm run diagnose -- [options] <fichier.json ou dossier> [autres…]
  Affiche en JSON le classement et les recommandations de chaque diagnostic exporté.
  Un dossier est lu en entier : ses fichiers .json, par ordre alphabétique.
  --pdf <sortie.pdf>   écrit la feuille de route PDF (un seul diagnostic en entrée)
  --pdf-dir <dossier>  écrit une feuille de route PDF par diagnostic dans ce dossier
  --annex              ajoute au PDF le détail du classement et toutes les réponses, en annexe
  --jsonl              un objet JSON par ligne (au fil de la lecture) au lieu d’un tableau
  -h, --help           affiche cette aide
  --                   la suite est une liste de fichiers, même si un nom commence par « - »
`;

export type Parsed = { kind: 'help' } | { kind: 'error'; message: string } | ({ kind: 'run' } & DiagnoseArgs);

const isJson = (name: string) => name.toLowerCase().endsWith('.json');

/** A folder stands for the .json files it holds (any case: « .JSON » too), in name order. */
function expand(path: string, skipped: string[]): string[] {
	try {
		if (!statSync(path).isDirectory()) return [path];
	} catch {
		return [path]; // reported as « fichier introuvable » when read
	}
	const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
	const others = entries
		.filter((e) => !e.isFile() || !isJson(e.name))
		.map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
	if (others.length > 0)
		skipped.push(
			`${path}\u00a0: ${others.length} élément${others.length > 1 ? 's' : ''} ignoré${others.length > 1 ? 's' : ''}, ni fichier .json ni lu dans les sous-dossiers (${others.join(', ')}).`
		);
	return entries.filter((e) => e.isFile() && isJson(e.name)).map((e) => join(path, e.name));
}

/** node:util's English errors, said in French. */
function french(error: unknown): string {
	const { code, message = '' } = error as { code?: string; message?: string };
	const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
		return `Option inconnue\u00a0: ${option} (pour lire un fichier dont le nom commence par «\u00a0-\u00a0», placez-le après «\u00a0--\u00a0»).`;
	}
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		return message.includes('does not take an argument')
			? `L’option ${option} ne prend pas de valeur.`
			: `L’option ${option} attend un chemin.`;
	}
	return 'Arguments illisibles.';
}

export function parseArgs(argv: readonly string[]): Parsed {
	let values;
	let positionals;
	try {
		({ values, positionals } = parseNodeArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: {
				pdf: { type: 'string' },
				'pdf-dir': { type: 'string' },
				annex: { type: 'boolean', default: false },
				jsonl: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (error) {
		return { kind: 'error', message: french(error) };
	}
	if (values.help) return { kind: 'help' };
	for (const [name, value] of [
		['--pdf', values.pdf],
		['--pdf-dir', values['pdf-dir']]
	] as const) {
		if (value !== undefined && (value === '' || value.startsWith('-')))
			return { kind: 'error', message: `L’option ${name} attend un chemin.` };
	}
	if (values.annex && values.pdf === undefined && values['pdf-dir'] === undefined) {
		return { kind: 'error', message: 'L’option --annex complète un PDF\u00a0: ajoutez --pdf ou --pdf-dir.' };
	}
	const skipped: string[] = [];
	const files = positionals.flatMap((path) => expand(path, skipped));
	if (files.length === 0) {
		return {
			kind: 'error',
			message: skipped.length > 0 ? `Aucun fichier .json à lire.\n${skipped.join('\n')}` : 'Aucun fichier à lire.'
		};
	}
	return {
		kind: 'run',
		files,
		pdf: values.pdf,
		pdfDir: values['pdf-dir'],
		annex: values.annex,
		jsonl: values.jsonl,
		skipped
	};
}
