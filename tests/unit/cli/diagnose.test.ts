// The command line, run as a user would: npx tsx cli/diagnose.ts <files>.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportOptions } from '../../../src/lib/content/supports';
import { modelIds } from '../../../src/lib/engine/typology/types';
import { run } from '../report/pdf/poppler';
import { examplePath, profileAnswers } from '../../fixtures/answers';

const root = new URL('../../../', import.meta.url).pathname;
const examples = join(root, 'examples');

interface DiagnoseOutput {
	file: string;
	pdf?: string;
	recommendations: { options: { id: string }[] };
}

/** the network of the example's region, from the catalogue */
function regionalNetworkOf(model: (typeof modelIds)[number]): string | undefined {
	const region = profileAnswers(model)['region'];
	return supportOptions.find(
		(o) =>
			o.regionalNetwork &&
			o.eligibility.requires.some((r) => r.kind === 'territory' && r.regions?.some((id) => id === region))
	)?.id;
}

function diagnose(...files: string[]) {
	const run = spawnSync('npx', ['tsx', 'cli/diagnose.ts', ...files], { cwd: root, encoding: 'utf8' });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run diagnose', () => {
	it('prints the placement of each diagnostic as JSON, and names the broken file in French without stopping', () => {
		const broken = join(mkdtempSync(join(tmpdir(), 'acter-')), 'casse.json');
		writeFileSync(
			broken,
			'{"format": "acter-autodiagnostic", "formatVersion": 1, "exportedAt": "hier", "diagnostics": []}'
		);
		const { code, stdout, stderr } = diagnose(examplePath('astre'), broken, examplePath('humanis'));
		expect(code).toBe(1);
		const output = JSON.parse(stdout) as {
			file: string;
			name: string;
			placement: {
				kind: string;
				main: string;
				shares: Record<string, number>;
				trajectory: unknown;
				explanation: unknown[];
			};
		}[];
		expect(output.map((d) => [d.name, d.placement.main])).toEqual([
			['Métropole profil-type ASTRE', 'astre'],
			['Commune profil-type HUMANIS', 'humanis']
		]);
		expect(Object.values(output[0]?.placement.shares ?? {}).reduce((a, b) => a + b, 0)).toBe(100);
		expect(output[1]?.placement.explanation).toHaveLength(5);
		expect(stderr).toContain(`${broken}\u00a0: fichier refusé.`);
		expect(stderr).toContain('Date d’export (exportedAt)\u00a0: doit être une date ISO 8601');
	}, 30_000);

	it('says so when a file does not exist', () => {
		const { code, stdout, stderr } = diagnose('introuvable.json');
		expect(code).toBe(1);
		expect(JSON.parse(stdout)).toEqual([]);
		expect(stderr).toContain('introuvable.json\u00a0: fichier refusé.');
		expect(stderr).toContain('fichier introuvable');
	}, 30_000);

	it('writes one PDF with --pdf, and prints the regional network first', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'acter-')), 'feuille de route.pdf');
		const { code, stdout, stderr } = diagnose(examplePath('humanis'), '--pdf', out);
		expect(code).toBe(0);
		expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', out))?.[1]);
		expect(pages).toBeLessThanOrEqual(8);
		expect(run('pdftotext', out, '-')).not.toContain('Annexe');
		const [entry] = JSON.parse(stdout) as DiagnoseOutput[];
		expect(entry?.pdf).toBe(out);
		expect(entry?.recommendations.options[0]?.id).toBe(regionalNetworkOf('humanis'));
		expect(stderr).toContain(`${out}\u00a0: feuille de route écrite.`);
	}, 30_000);

	it('adds the scoring detail and every answer as annexes with --annex, and only to a PDF', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'acter-')), 'avec-annexes.pdf');
		expect(diagnose(examplePath('humanis'), '--pdf', out, '--annex').code).toBe(0);
		const text = run('pdftotext', out, '-').replace(/\s+/g, ' ');
		expect(text).toContain('Annexe : le détail du classement');
		expect(text).toContain('Annexe : vos réponses');
		expect(text).toMatch(/\(\+\d+ points?\)/);
		const refused = diagnose(examplePath('humanis'), '--annex');
		expect(refused.code).toBe(2);
		expect(refused.stderr).toContain('L’option --annex complète un PDF\u00a0: ajoutez --pdf ou --pdf-dir.');
	}, 30_000);

	it('writes one PDF per diagnostic of a folder with --pdf-dir, each authority first sent to its regional network', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'acter-')), 'rapports');
		const before = new Date().toISOString().slice(0, 10);
		const { code, stdout } = diagnose(examples, '--pdf-dir', dir);
		const days = new Set([before, new Date().toISOString().slice(0, 10)]);
		expect(code).toBe(0);
		const files = readdirSync(dir).sort();
		expect(files).toHaveLength(5);
		for (const file of files) {
			expect(file).toMatch(
				new RegExp(
					`^autodiagnostic-aect-[a-z]+-profil-type-[a-z]+-edition-\\d{4}-(${[...days].join('|')})\\.pdf$`
				)
			);
			expect(readFileSync(join(dir, file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
		}
		const output = JSON.parse(stdout) as DiagnoseOutput[];
		expect(output.map((d) => d.pdf).sort()).toEqual(files.map((f) => join(dir, f)));
		for (const model of modelIds) {
			const entry = output.find((d) => d.file.endsWith(`profil-type-${model}.json`));
			expect(entry?.recommendations.options[0]?.id, model).toBe(regionalNetworkOf(model));
		}
	}, 60_000);

	it('refuses --pdf for several diagnostics, in French, and writes nothing', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'acter-')), 'un.pdf');
		const { code, stdout, stderr } = diagnose(examples, '--pdf', out);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(
			'--pdf écrit un seul document, mais 5 diagnostics ont été lus\u00a0: utilisez --pdf-dir.'
		);
		expect(existsSync(out)).toBe(false);
	}, 30_000);
});
