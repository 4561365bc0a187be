// npm run diagnose -- [--pdf <sortie.pdf>] [--pdf-dir <dossier>] [--annex] [--jsonl] <fichier.json ou dossier>
// [autres…]
// Prints each exported diagnostic's placement and recommendations as JSON on stdout, as it goes;
// problems go to stderr in French, the other files are still read, and the exit code is 1 when
// any file or any PDF failed.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/lib/engine';
import { summarizeRecommendations } from '../src/lib/engine/recommendations/summary';
import { summarizeDiagnostic } from '../src/lib/engine/typology/summary';
import { displayName, type Diagnostic } from '../src/lib/model/diagnostic';
import { readDiagnosticBytes, type ReadResult } from '../src/lib/model/diagnostic-file';
import { reportFor } from '../src/lib/report/diagnostic-report';
import { makeReportPdfFile } from '../src/lib/report/pdf/node';
import { parseArgs, usage } from './args';
import { outputWriter } from './output';
import { readFailure, writeFailure } from './path-errors';

function readFile(file: string): ReadResult {
	try {
		return readDiagnosticBytes(readFileSync(file));
	} catch (error) {
		return { ok: false, errors: [readFailure(error)] };
	}
}

const args = parseArgs(process.argv.slice(2));
if (args.kind === 'help') {
	process.stdout.write(usage);
	process.exit(0);
}
if (args.kind === 'error') {
	process.stderr.write(`${args.message}\n${usage}`);
	process.exit(2);
}
for (const line of args.skipped) process.stderr.write(`${line}\n`);

const read: { file: string; diagnostic: Diagnostic }[] = [];
let failed = false;
for (const file of args.files) {
	const result = readFile(file);
	if (!result.ok) {
		failed = true;
		process.stderr.write(`${file}\u00a0: fichier refusé.\n${result.errors.map((e) => `  – ${e}`).join('\n')}\n`);
		continue;
	}
	for (const diagnostic of result.diagnostics) read.push({ file, diagnostic });
}

if (args.pdf && read.length !== 1) {
	process.stderr.write(
		read.length === 0
			? 'Aucun diagnostic n’a pu être lu\u00a0: pas de feuille de route à écrire.\n'
			: `--pdf écrit un seul document, mais ${read.length} diagnostics ont été lus\u00a0: utilisez --pdf-dir.\n`
	);
	process.exit(read.length === 0 ? 1 : 2);
}

/** The folder for --pdf-dir, created if needed; null (said once) when it cannot be. */
function pdfFolder(dir: string | undefined): string | null {
	if (!dir) return null;
	try {
		mkdirSync(dir, { recursive: true });
		if (statSync(dir).isDirectory()) return dir;
		throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
	} catch (error) {
		failed = true;
		process.stderr.write(
			`${writeFailure(error, dir, 'dossier')}\u00a0: aucune feuille de route n’est écrite, le JSON est affiché quand même.\n`
		);
		return null;
	}
}
const pdfDir = pdfFolder(args.pdfDir);

const now = new Date();
const output = outputWriter(process.stdout, args.jsonl);
const usedNames = new Set<string>();
for (const { file, diagnostic } of read) {
	const writesPdf = Boolean(args.pdf || pdfDir);
	const report = writesPdf ? reportFor(diagnostic, now, { annex: args.annex }) : diagnose(diagnostic.answers, now);
	const summary = summarizeDiagnostic(file, {
		id: diagnostic.id,
		name: displayName(diagnostic),
		answers: diagnostic.answers
	});
	let pdf: string | undefined;
	if ('model' in report) {
		// two authorities with the same name on the same day must not overwrite each other's report
		let name = report.model.meta.fileName;
		for (let n = 2; usedNames.has(name); n += 1) name = report.model.meta.fileName.replace(/\.pdf$/, `-${n}.pdf`);
		usedNames.add(name);
		const path = args.pdf ?? join(pdfDir!, name);
		try {
			await makeReportPdfFile(report.model, path);
			process.stderr.write(`${path}\u00a0: feuille de route écrite.\n`);
			pdf = path;
		} catch (error) {
			failed = true;
			process.stderr.write(`${writeFailure(error, path, 'fichier')}\u00a0: feuille de route non écrite.\n`);
		}
	}
	output.write({
		...summary,
		recommendations: summarizeRecommendations(report.recommendations),
		...(pdf ? { pdf } : {})
	});
}
output.end();
process.exitCode = failed ? 1 : 0;
