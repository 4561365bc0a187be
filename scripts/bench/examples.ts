// The example diagnostics (examples/*.json export files), one per profile type: the inputs of the
// placement and PDF timings. Read with the app's own strict reader.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import type { Diagnostic } from '../../src/lib/model/diagnostic';
import { root } from './paths';

export interface Example {
	/** file name, with the diagnostic's title when the file holds several */
	readonly label: string;
	readonly diagnostic: Diagnostic;
}

export function loadExamples(): Example[] {
	const dir = `${root}examples`;
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.flatMap((name) => {
			const read = readDiagnosticFile(readFileSync(`${dir}/${name}`, 'utf8'));
			if (!read.ok) throw new Error(`examples/${name} is not a valid export file:\n${read.errors.join('\n')}`);
			const base = name.replace(/\.json$/, '');
			return read.diagnostics.map((diagnostic) => ({
				label: read.diagnostics.length === 1 ? base : `${base}: ${diagnostic.title || diagnostic.id}`,
				diagnostic
			}));
		});
}
