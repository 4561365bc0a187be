// What the figures were measured on: timings mean little without the machine and versions.
import { execFileSync } from 'node:child_process';
import { cpus, platform, release, totalmem } from 'node:os';
import { root } from './paths';

function gitCommit(): string | null {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
	} catch {
		return null;
	}
}

export function machineInfo(chromiumVersion: string) {
	const cores = cpus();
	return {
		commit: gitCommit(),
		cpus: cores.length,
		cpuModel: cores[0]?.model ?? 'unknown',
		memoryGiB: Math.round(totalmem() / 1024 ** 3),
		os: `${platform()} ${release()}`,
		node: process.version,
		chromium: chromiumVersion
	};
}
