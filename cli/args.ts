// Command-line arguments of « npm run diagnose »: files or folders, and where to write PDFs.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DiagnoseArgs {
	readonly files: readonly string[];
	/** one PDF, when the files hold exactly one diagnostic */
	readonly pdf?: string;
	/** one PDF per diagnostic, named after the authority and the day */
	readonly pdfDir?: string;
	/** the PDFs add the scoring detail and every answer as annexes */
	readonly annex: boolean;
}

export const usage = `Usage : npm run diagnose -- <fichier.json ou dossier> [autres…] [--pdf <sortie.pdf>] [--pdf-dir <dossier>] [--annex]
  Affiche en JSON le classement et les recommandations de chaque diagnostic exporté.
  --pdf <sortie.pdf>   écrit la feuille de route PDF (un seul diagnostic en entrée)
  --pdf-dir <dossier>  écrit une feuille de route PDF par diagnostic dans ce dossier
  --annex              ajoute au PDF le détail du classement et toutes les réponses, en annexe
`;

/** A folder stands for the .json files it holds, in name order. */
function expand(path: string): string[] {
	try {
		if (!statSync(path).isDirectory()) return [path];
	} catch {
		return [path]; // reported as « fichier introuvable » when read
	}
	return readdirSync(path)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => join(path, name));
}

export function parseArgs(argv: readonly string[]): DiagnoseArgs | string {
	const files: string[] = [];
	let pdf: string | undefined;
	let pdfDir: string | undefined;
	let annex = false;
	for (let i = 0; i < argv.length; i += 1) {
		const arg = argv[i]!;
		if (arg === '--annex') {
			annex = true;
		} else if (arg === '--pdf' || arg === '--pdf-dir') {
			const value = argv[i + 1];
			if (!value || value.startsWith('--')) return `L’option ${arg} attend un chemin.`;
			if (arg === '--pdf') pdf = value;
			else pdfDir = value;
			i += 1;
		} else if (arg.startsWith('--')) {
			return `Option inconnue : ${arg}`;
		} else {
			files.push(...expand(arg));
		}
	}
	if (files.length === 0) return 'Aucun fichier à lire.';
	if (annex && !pdf && !pdfDir) return 'L’option --annex complète un PDF\u00a0: ajoutez --pdf ou --pdf-dir.';
	return { files, pdf, pdfDir, annex };
}
