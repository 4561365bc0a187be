// Where the bench reads the project from.
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const buildDir = `${root}build`;
export const viteManifest = `${root}.svelte-kit/output/client/.vite/manifest.json`;
export const resultsFile = `${root}bench-results/latest.json`;
