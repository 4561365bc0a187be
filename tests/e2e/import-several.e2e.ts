// Several files, or a whole folder, imported in one go (issue 17, item 4): each file all or
// nothing, one summary for the lot, and the refused file named with its reasons.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ModelId } from '../../src/lib/content/typology/model-ids';
import { examplePath } from '../fixtures/answers';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';

const example = (model: ModelId): Promise<Buffer> => readFile(examplePath(model));
const json = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/json', buffer });
/** an export whose second answer is one the questionnaire never offered */
async function unknownAnswer(): Promise<Buffer> {
	const file = JSON.parse((await example('cimob')).toString()) as {
		diagnostics: { answers: Record<string, unknown> }[];
	};
	file.diagnostics[0]!.answers['authority_type'] = 'empire';
	return Buffer.from(JSON.stringify(file));
}

const summary = (page: Page) => page.getByRole('status').filter({ hasText: /fichiers? lus?|importés?\./ });
const refusals = (page: Page) => page.getByRole('alert').filter({ hasText: 'n’a pas été importé' });

test('three files chosen at once on the home page: two come in, one is refused with its reason, one summary', async ({
	page
}) => {
	await page.goto('./');
	await expect(page.getByText('Aucun diagnostic pour l’instant.')).toBeVisible();
	await page
		.getByLabel('Importer des diagnostics depuis un fichier exporté (.json)')
		.setInputFiles([
			json('humanis.json', await example('humanis')),
			json('inconnu.json', await unknownAnswer()),
			json('cosmin.json', await example('cosmin'))
		]);

	await expect(summary(page)).toHaveText(
		'3\u00a0fichiers lus. 2\u00a0diagnostics importés. 1\u00a0fichier refusé\u00a0: voir le détail ci-dessous.'
	);
	await expect(summary(page)).toHaveCount(1);
	await expect(refusals(page)).toBeFocused();
	await expect(refusals(page).getByRole('heading')).toHaveText(['Le fichier « inconnu.json » n’a pas été importé']);
	await expect(refusals(page).getByRole('listitem')).toContainText([
		/question «\sType de collectivité\s».*réponse inconnue «\sempire\s»/
	]);
	for (const name of ['Commune profil-type HUMANIS', 'Commune profil-type COSMIN']) {
		await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
	}
	await expect(page.getByRole('heading', { level: 3, name: 'Commune profil-type CIMOB' })).toBeHidden();
	await expectNoAxeViolations(page, 'the home page after importing several files');
});

test('a folder chosen on the meeting page: its .json files read, the rest left aside, what is already here not doubled', async ({
	page
}) => {
	const folder = await mkdtemp(join(tmpdir(), 'acter-dossier-'));
	try {
		await writeFile(join(folder, 'humanis.json'), await example('humanis'));
		await writeFile(join(folder, 'CIMOB.JSON'), await example('cimob'));
		await writeFile(join(folder, 'inconnu.json'), await unknownAnswer());
		await writeFile(join(folder, 'notes.txt'), 'Compte rendu de la réunion');

		await page.goto('./reunion');
		await page.getByText('Importer des diagnostics exportés').click();
		await page
			.getByLabel('Importer des diagnostics depuis un fichier exporté (.json)')
			.setInputFiles(json('humanis.json', await example('humanis')));
		await expect(summary(page)).toHaveText('1\u00a0diagnostic importé.');

		await page.getByLabel('Ou importer tous les fichiers .json d’un dossier').setInputFiles(folder);
		await expect(summary(page)).toHaveText(
			'3\u00a0fichiers lus. 1\u00a0diagnostic importé. 1\u00a0diagnostic était déjà présent à l’identique sur cet appareil\u00a0: il n’a pas été importé une seconde fois. 1\u00a0fichier refusé\u00a0: voir le détail ci-dessous.'
		);
		await expect(refusals(page).getByRole('heading')).toHaveText([
			'Le fichier « inconnu.json » n’a pas été importé'
		]);
		await expect(refusals(page)).toContainText('réponse inconnue');
		await expect(page.getByText(/^2 diagnostics affichés sur 2$/)).toBeVisible();
		await expectNoAxeViolations(page, 'the meeting page after importing a folder');
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
});
