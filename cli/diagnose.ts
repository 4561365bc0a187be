// npm run diagnose -- <fichier.json> [autres fichiers…]
// Prints each exported diagnostic's placement as JSON on stdout; problems go to stderr in French,
// the other files are still read, and the exit code is 1 when any file failed.
import { readFileSync } from 'node:fs';
import { summarizeDiagnostic, type DiagnosticSummary } from '../src/lib/engine/typology/summary';
import { displayName } from '../src/lib/model/diagnostic';
import { readDiagnosticFile } from '../src/lib/model/diagnostic-file';

function readText(file: string): string | Error {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return new Error(code === 'ENOENT' ? 'fichier introuvable' : `lecture impossible (${code ?? String(error)})`);
	}
}

const files = process.argv.slice(2);
if (files.length === 0) {
	process.stderr.write('Usage : npm run diagnose -- <fichier.json> [autres fichiers…]\n');
	process.exit(2);
}

const results: DiagnosticSummary[] = [];
let failed = false;
for (const file of files) {
	const text = readText(file);
	const read = text instanceof Error ? { ok: false as const, errors: [text.message] } : readDiagnosticFile(text);
	if (!read.ok) {
		failed = true;
		process.stderr.write(`${file} : fichier refusé.\n${read.errors.map((e) => `  – ${e}`).join('\n')}\n`);
		continue;
	}
	for (const diagnostic of read.diagnostics) {
		results.push(summarizeDiagnostic(file, { id: diagnostic.id, name: displayName(diagnostic), answers: diagnostic.answers }));
	}
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
