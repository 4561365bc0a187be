// npm run diagnose -- <fichier.json ou dossier> [autres…] [--pdf <sortie.pdf>] [--pdf-dir <dossier>] [--annex]
// Prints each exported diagnostic's placement and recommendations as JSON on stdout; problems go
// to stderr in French, the other files are still read, and the exit code is 1 when any file failed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeRecommendations } from '../src/lib/engine/recommendations/summary';
import { summarizeDiagnostic } from '../src/lib/engine/typology/summary';
import { displayName, type Diagnostic } from '../src/lib/model/diagnostic';
import { readDiagnosticFile } from '../src/lib/model/diagnostic-file';
import { reportFor } from '../src/lib/report/diagnostic-report';
import { makeReportPdfFile } from '../src/lib/report/pdf/node';
import { parseArgs, usage } from './args';

function readText(file: string): string | Error {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return new Error(code === 'ENOENT' ? 'fichier introuvable' : `lecture impossible (${code ?? String(error)})`);
	}
}

const args = parseArgs(process.argv.slice(2));
if (typeof args === 'string') {
	process.stderr.write(`${args}\n${usage}`);
	process.exit(2);
}

const read: { file: string; diagnostic: Diagnostic }[] = [];
let failed = false;
for (const file of args.files) {
	const text = readText(file);
	const result = text instanceof Error ? { ok: false as const, errors: [text.message] } : readDiagnosticFile(text);
	if (!result.ok) {
		failed = true;
		process.stderr.write(`${file} : fichier refusé.\n${result.errors.map((e) => `  – ${e}`).join('\n')}\n`);
		continue;
	}
	for (const diagnostic of result.diagnostics) read.push({ file, diagnostic });
}

if (args.pdf && read.length !== 1) {
	process.stderr.write(`--pdf écrit un seul document, mais ${read.length} diagnostics ont été lus : utilisez --pdf-dir.\n`);
	process.exit(2);
}
if (args.pdfDir) mkdirSync(args.pdfDir, { recursive: true });

const now = new Date();
const output = [];
const usedNames = new Set<string>();
for (const { file, diagnostic } of read) {
	const report = reportFor(diagnostic, now, { annex: args.annex });
	const summary = summarizeDiagnostic(file, { id: diagnostic.id, name: displayName(diagnostic), answers: diagnostic.answers });
	let pdf: string | undefined;
	if (args.pdf || args.pdfDir) {
		// two authorities with the same name on the same day must not overwrite each other's report
		let name = report.model.meta.fileName;
		for (let n = 2; usedNames.has(name); n += 1) name = report.model.meta.fileName.replace(/\.pdf$/, `-${n}.pdf`);
		usedNames.add(name);
		pdf = args.pdf ?? join(args.pdfDir!, name);
		await makeReportPdfFile(report.model, pdf);
		process.stderr.write(`${pdf} : feuille de route écrite.\n`);
	}
	output.push({ ...summary, recommendations: summarizeRecommendations(report.recommendations), ...(pdf ? { pdf } : {}) });
}
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
