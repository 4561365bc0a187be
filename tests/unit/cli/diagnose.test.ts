// The command line, run as a user would: npx tsx cli/diagnose.ts <files>.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath } from '../typology/examples';

const root = new URL('../../../', import.meta.url).pathname;

function diagnose(...files: string[]) {
	const run = spawnSync('npx', ['tsx', 'cli/diagnose.ts', ...files], { cwd: root, encoding: 'utf8' });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run diagnose', () => {
	it('prints the placement of each diagnostic as JSON, and names the broken file in French without stopping', () => {
		const broken = join(mkdtempSync(join(tmpdir(), 'acter-')), 'casse.json');
		writeFileSync(broken, '{"format": "acter-autodiagnostic", "formatVersion": 1, "exportedAt": "hier", "diagnostics": []}');
		const { code, stdout, stderr } = diagnose(examplePath('astre'), broken, examplePath('humanis'));
		expect(code).toBe(1);
		const output = JSON.parse(stdout) as { file: string; name: string; placement: { kind: string; main: string; shares: Record<string, number>; trajectory: unknown; explanation: unknown[] } }[];
		expect(output.map((d) => [d.name, d.placement.main])).toEqual([
			['Métropole profil-type ASTRE', 'astre'],
			['Commune profil-type HUMANIS', 'humanis']
		]);
		expect(Object.values(output[0]?.placement.shares ?? {}).reduce((a, b) => a + b, 0)).toBe(100);
		expect(output[1]?.placement.explanation).toHaveLength(5);
		expect(stderr).toContain(`${broken}\u00a0: fichier refusé.`);
		expect(stderr).toContain('« exportedAt » : doit être une date ISO 8601');
	}, 30_000);

	it('says so when a file does not exist', () => {
		const { code, stdout, stderr } = diagnose('introuvable.json');
		expect(code).toBe(1);
		expect(JSON.parse(stdout)).toEqual([]);
		expect(stderr).toContain('introuvable.json\u00a0: fichier refusé.');
		expect(stderr).toContain('fichier introuvable');
	}, 30_000);
});
