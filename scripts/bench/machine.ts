// What the figures were measured on: timings mean little without the machine and versions.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { root } from './paths';

function gitCommit(): string | null {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
	} catch {
		return null;
	}
}

/** One-minute load average: above the number of CPUs, other work competed with the bench and its
 * timings (Lighthouse's TBT first, which multiplies every main-thread task by its CPU slowdown) are inflated. */
export function loadAverage(): number {
	return Math.round(loadavg()[0]! * 100) / 100;
}

export function machineInfo(chromiumVersion: string, loadAtStart: number) {
	const cores = cpus();
	return {
		commit: gitCommit(),
		cpus: cores.length,
		cpuModel: cores[0]?.model ?? 'unknown',
		memoryGiB: Math.round(totalmem() / 1024 ** 3),
		os: `${platform()} ${release()}`,
		node: process.version,
		chromium: chromiumVersion,
		loadAverage: { start: loadAtStart, end: loadAverage() }
	};
}
