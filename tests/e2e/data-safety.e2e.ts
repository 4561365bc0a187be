// Never lose an answer, never promise what is not true (issue 16): storage failures in every
// action, copies of long names, exports of what is stored, two tabs merged.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { readDiagnosticFile } from '../../src/lib/model/diagnostic-file';
import { Journey } from './pages/journey';
import { expectNoAxeViolations } from './support/axe';
import { seed } from './support/seed';
import { exampleDiagnostic } from '../fixtures/answers';
import { failWrites, installStorageFaults } from './support/storage-faults';
import { expect, test } from './support/test';

const longName = `Communauté de communes ${'du Val de Loire et des Coteaux '.repeat(4)}`.slice(0, 120);
const card = (page: Page, name: string) =>
	page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

test('storage full: every home and meeting action says so in French, and nothing is thrown (item 9)', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await installStorageFaults(page);
	await seed(page, exampleDiagnostic('humanis'));
	await page.goto('./');
	const name = 'Commune profil-type HUMANIS';
	await expect(card(page, name)).toBeVisible();
	await failWrites(page, 'QuotaExceededError');
	const alert = page.getByRole('alert').filter({ hasText: 'l’espace de stockage de cet appareil est plein' });

	await page.getByRole('button', { name: `Dupliquer ${name}` }).click();
	await expect(alert).toContainText('La copie de');
	await page.getByRole('button', { name: `Renommer ${name}` }).click();
	await page.getByRole('textbox', { name: 'Nouveau nom du diagnostic' }).fill('Autre nom');
	await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
	await expect(alert).toContainText('Le nom n’a pas été changé');
	await page.getByRole('button', { name: 'Annuler' }).click();
	await expectNoAxeViolations(page, 'the home page with a storage failure');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: `Exporter ${name}` }).click();
	await download;
	await expect(
		page.getByRole('status').filter({ hasText: 'La date de cette sauvegarde n’a pas pu être notée' })
	).toBeAttached();

	await page.goto('./reunion');
	await failWrites(page, 'QuotaExceededError');
	await page.getByRole('button', { name: 'Nouveau diagnostic en mode réunion' }).click();
	await expect(alert).toContainText('Le nouveau diagnostic n’a pas été créé');
	await page
		.getByRole('button', { name: /Nouvelle édition/ })
		.first()
		.click();
	await expect(alert).toContainText('La nouvelle édition de');
	expect(errors).toEqual([]);
});

test('a copy of a 120-character name opens, whether duplicated or imported twice (item 3)', async ({ page }) => {
	await seed(page, { ...exampleDiagnostic('humanis'), title: longName });
	await page.goto('./');
	await page.getByRole('button', { name: `Dupliquer ${longName}` }).click();
	await expect(page.getByRole('status').filter({ hasText: 'a été créé' })).toContainText('(copie)');
	await expect(page.getByText('endommagé')).toBeHidden();
	const copy = page.getByRole('heading', { level: 3, name: /\(copie\)$/ });
	await expect(copy).toBeVisible();
	expect([...((await copy.textContent()) ?? '')].length).toBeLessThanOrEqual(120);
	await copy.getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Récapitulatif de vos réponses');
});

test('an export made from a stale page holds what is stored now, and stamps that revision (item 4)', async ({
	page,
	context
}) => {
	await page.goto('./');
	const journey = new Journey(page);
	await journey.start();
	await journey.answerProfile('Douarnenez');
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	const questionnaireUrl = page.url();
	await page.goto('./'); // tab A: the home page, read now

	const other = await context.newPage(); // tab B changes the diagnostic
	await other.goto(questionnaireUrl);
	await other.getByRole('textbox', { name: 'Nom de la collectivité' }).fill('Douarnenez-Tréboul');
	await expect(other.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	await other.close();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exporter Douarnenez' }).click()
	]);
	const read = readDiagnosticFile(await readFile((await download.path())!, 'utf8'));
	expect(read.ok && read.diagnostics[0]!.answers['authority_name']).toBe('Douarnenez-Tréboul');
	await page.reload();
	await expect(card(page, 'Douarnenez-Tréboul')).toContainText('Dernière sauvegarde');
	await expect(card(page, 'Douarnenez-Tréboul').getByText('Pensez à sauvegarder')).toBeHidden();
});

test('two tabs answering different questions: both kept, nothing asked (item 5)', async ({ page, context }) => {
	await page.goto('./');
	const a = new Journey(page);
	await a.start();
	const other = await context.newPage();
	await other.goto(page.url());
	const b = new Journey(other);
	await expect(b.heading()).toContainText('Votre collectivité');

	await page.getByRole('textbox', { name: 'Nom de la collectivité' }).fill('Lannion');
	await a.choose('Type de collectivité', 'Communauté d’agglomération');
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	await b.choose('Population', 'De 50 000 à 100 000 habitants');
	await b.choose('Vous répondez en tant que…', 'Élu ou élue');
	await expect(other.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	await expect(other.getByRole('alert').filter({ hasText: 'modifié dans un autre onglet' })).toBeHidden();

	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Nom de la collectivité' })).toHaveValue('Lannion');
	await expect(
		page.getByRole('group', { name: 'Population' }).getByLabel('De 50 000 à 100 000 habitants')
	).toBeChecked();
	await expect(
		page.getByRole('group', { name: 'Vous répondez en tant que…' }).getByLabel('Élu ou élue')
	).toBeChecked();
	await expect(
		page.getByRole('group', { name: 'Type de collectivité' }).getByLabel('Communauté d’agglomération')
	).toBeChecked();
});

test('two tabs answering the same question differently: asked, with both values shown (item 5)', async ({
	page,
	context
}) => {
	await page.goto('./');
	const a = new Journey(page);
	await a.start();
	const other = await context.newPage();
	await other.goto(page.url());
	const b = new Journey(other);
	await expect(b.heading()).toContainText('Votre collectivité');
	await a.choose('Type de collectivité', 'Métropole');
	await expect(page.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	await b.choose('Type de collectivité', 'Commune ou ville');
	await b.choose('Population', 'Moins de 2 000 habitants');
	const conflict = other.getByRole('alert').filter({ hasText: 'Ce diagnostic a été modifié dans un autre onglet' });
	await expect(conflict).toContainText('Dans cet onglet\u00a0: Commune ou ville');
	await expect(conflict).toContainText('Dans l’autre onglet\u00a0: Métropole');
	await expectNoAxeViolations(other, 'the conflict notice');
	await conflict.getByRole('button', { name: 'Reprendre la version de l’autre onglet' }).click();
	await expect(other.getByText('Réponses enregistrées sur cet appareil')).toBeVisible();
	await page.reload();
	await expect(page.getByRole('group', { name: 'Type de collectivité' }).getByLabel('Métropole')).toBeChecked();
	await expect(page.getByRole('group', { name: 'Population' }).getByLabel('Moins de 2 000 habitants')).toBeChecked();
});

test('storage full when starting: said on arrival, with the way back (item 9)', async ({ page }) => {
	await installStorageFaults(page);
	await page.goto('./');
	await failWrites(page, 'QuotaExceededError');
	await page.getByRole('link', { name: 'Commencer un nouveau diagnostic' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Le nouveau diagnostic n’a pas été créé' })).toContainText(
		'l’espace de stockage de cet appareil est plein'
	);
	await expect(page.getByRole('link', { name: 'Revenir à la liste des diagnostics' })).toBeVisible();
});
