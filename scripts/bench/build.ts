// Builds the app when there is no build yet, or when asked (--build): a stale build would measure old code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildDir, root, viteManifest } from './paths';
import { progress } from './progress';

export function ensureBuild(force: boolean): void {
	if (!force && existsSync(buildDir) && existsSync(viteManifest)) {
		progress('using the existing build (pass --build to rebuild)');
		return;
	}
	progress('building the app (npm run build)…');
	// stdout goes to stderr too: stdout is reserved for the JSON result.
	const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
	if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
