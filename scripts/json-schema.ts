// Writes docs/diagnostic-file.schema.json from the valibot schema that reads export files,
// so that the published format and the app's reading cannot drift (a unit test compares them).
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { diagnosticFileSchema } from '../src/lib/model/diagnostic-file';

export const SCHEMA_PATH = new URL('../docs/diagnostic-file.schema.json', import.meta.url);

export function diagnosticFileJsonSchema(): string {
	// Any check without a JSON Schema equivalent fails the script, except « finite »: JSON numbers
	// are always finite.
	const schema = toJsonSchema(diagnosticFileSchema, { errorMode: 'throw', ignoreActions: ['finite'] });
	const { $schema, ...rest } = schema;
	return `${JSON.stringify({ $schema, title: 'Fichier d’export de l’autodiagnostic ACTER', ...rest }, null, '\t')}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
	writeFileSync(SCHEMA_PATH, diagnosticFileJsonSchema());
	process.stdout.write(`Schéma écrit dans ${SCHEMA_PATH.pathname}\n`);
}
