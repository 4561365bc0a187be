// The command line on what a real day brings: outputs it cannot write, encodings, odd arguments,
// folders holding other files (issue 16, items 10, 14, 15; --jsonl for the scale item).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath } from '../../fixtures/answers';

const root = new URL('../../../', import.meta.url).pathname;
const fresh = () => mkdtempSync(join(tmpdir(), 'acter-cli-'));

function diagnose(...args: string[]) {
	const run = spawnSync('npx', ['tsx', 'cli/diagnose.ts', ...args], { cwd: root, encoding: 'utf8' });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const names = (stdout: string) => (JSON.parse(stdout) as { name: string }[]).map((d) => d.name);

describe('npm run diagnose, on outputs it cannot write (item 10)', () => {
	it('--pdf into a missing folder: French, the path named, the JSON still printed, exit 1', () => {
		const out = join(fresh(), 'absent', 'x.pdf');
		const { code, stdout, stderr } = diagnose(examplePath('humanis'), '--pdf', out);
		expect(code).toBe(1);
		expect(names(stdout)).toEqual(['Commune profil-type HUMANIS']);
		expect(stderr).toContain(
			`Impossible d’écrire «\u00a0${out}\u00a0»\u00a0: le dossier qui doit le contenir n’existe pas`
		);
		expect(stderr).not.toMatch(/at .*\.ts:|Error:|ENOENT/);
	}, 30_000);

	it('--pdf onto a folder, --pdf-dir onto a file: said, JSON printed, exit 1', () => {
		const dir = fresh();
		const folder = diagnose(examplePath('humanis'), '--pdf', dir);
		expect(folder.code).toBe(1);
		expect(names(folder.stdout)).toHaveLength(1);
		expect(folder.stderr).toContain(`Impossible d’écrire «\u00a0${dir}\u00a0»\u00a0: c’est un dossier`);
		const file = join(dir, 'fichier.txt');
		writeFileSync(file, 'x');
		const onFile = diagnose(examplePath('humanis'), examplePath('astre'), '--pdf-dir', file);
		expect(onFile.code).toBe(1);
		expect(names(onFile.stdout)).toHaveLength(2);
		expect(onFile.stderr).toContain(
			`Impossible d’écrire dans «\u00a0${file}\u00a0»\u00a0: c’est un fichier, pas un dossier`
		);
	}, 60_000);
});

describe('npm run diagnose, on encodings (item 14)', () => {
	it('reads a file with a UTF-8 byte order mark, and refuses Latin-1 with a message', () => {
		const dir = fresh();
		const text = readFileSync(examplePath('humanis'), 'utf8');
		writeFileSync(join(dir, 'bom.json'), `\ufeff${text}`);
		writeFileSync(join(dir, 'latin1.json'), Buffer.from(text.replace('HUMANIS', 'HUMANIS é'), 'latin1'));
		const { code, stdout, stderr } = diagnose(join(dir, 'bom.json'), join(dir, 'latin1.json'));
		expect(code).toBe(1);
		expect(names(stdout)).toEqual(['Commune profil-type HUMANIS']);
		expect(stderr).toContain(`${join(dir, 'latin1.json')}\u00a0: fichier refusé.`);
		expect(stderr).toContain('n’est pas encodé en UTF-8');
	}, 30_000);
});

describe('npm run diagnose, on its arguments (item 15)', () => {
	it('gives its help with -h and --help, in French, exit 0', () => {
		for (const flag of ['-h', '--help']) {
			const { code, stdout } = diagnose(flag);
			expect(code).toBe(0);
			expect(stdout).toContain('Usage : npm run diagnose');
			expect(stdout).toContain('--jsonl');
		}
	}, 30_000);

	it('reads « .JSON » files of a folder, says what it skipped and why, and takes « -- »', () => {
		const dir = fresh();
		copyFileSync(examplePath('humanis'), join(dir, 'HUMANIS.JSON'));
		copyFileSync(examplePath('astre'), join(dir, '-astre.json'));
		writeFileSync(join(dir, 'notes.txt'), 'x');
		mkdirSync(join(dir, 'archives'));
		const { code, stdout, stderr } = diagnose('--', dir);
		expect(code).toBe(0);
		expect(names(stdout)).toEqual(['Métropole profil-type ASTRE', 'Commune profil-type HUMANIS']);
		expect(stderr).toContain(
			`${dir}\u00a0: 2 éléments ignorés, ni fichier .json ni lu dans les sous-dossiers (archives/, notes.txt).`
		);
		const dashed = diagnose('--', join(dir, '-astre.json'));
		expect(names(dashed.stdout)).toEqual(['Métropole profil-type ASTRE']);
		const unknown = diagnose('--frobnicate', dir);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain('Option inconnue\u00a0: --frobnicate');
		expect(unknown.stderr).not.toMatch(/Unknown|positional/);
	}, 60_000);

	it('says so in the singular when nothing could be read, never « (EISDIR) »', () => {
		const dir = fresh();
		writeFileSync(join(dir, 'casse.json'), '{');
		const { code, stderr } = diagnose(join(dir, 'casse.json'), '--pdf', join(dir, 'x.pdf'));
		expect(code).toBe(1);
		expect(stderr).toContain('Aucun diagnostic n’a pu être lu\u00a0: pas de feuille de route à écrire.');
		expect(stderr).not.toContain('0 diagnostics');
		expect(stderr).not.toContain('EISDIR');
	}, 30_000);

	it('prints one JSON object per line with --jsonl', () => {
		const { code, stdout } = diagnose('--jsonl', examplePath('humanis'), examplePath('astre'));
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		expect(lines.map((line) => (JSON.parse(line) as { name: string }).name)).toEqual([
			'Commune profil-type HUMANIS',
			'Métropole profil-type ASTRE'
		]);
	}, 30_000);
});
