// Modules other branches are still writing: imported by a computed path, so the bench (and the type
// check) works before they exist, and measures them as soon as they land.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { root } from './paths';

/** The module's exports, or null when the file is not in this tree. */
export async function importIfPresent(path: string): Promise<Record<string, unknown> | null> {
	const file = `${root}${path}`;
	if (!existsSync(file)) return null;
	return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

/** A named export that must be a function, or a note saying what the module offers instead. */
export function functionExport<F>(module: Record<string, unknown>, path: string, name: string): F | string {
	const value = module[name];
	if (typeof value === 'function') return value as F;
	return `${path} has no exported function ${name} (exports: ${Object.keys(module).join(', ') || 'none'})`;
}
