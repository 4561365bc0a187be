// The short path through the questionnaire (no international action yet), step by step.
import { expect, type Page } from '@playwright/test';

export class Journey {
	constructor(readonly page: Page) {}

	heading() {
		return this.page.getByRole('heading', { level: 1 });
	}

	async start(): Promise<void> {
		await this.page.getByRole('link', { name: 'Commencer un nouveau diagnostic' }).click();
		await expect(this.heading()).toContainText('Votre collectivité');
	}

	choose(question: string, option: string) {
		return this.page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
	}

	async next(expected: string | RegExp): Promise<void> {
		await this.page.getByRole('button', { name: 'Suivant' }).click();
		await expect(this.heading()).toContainText(expected);
	}

	async answerProfile(name: string): Promise<void> {
		await this.choose('Type de collectivité', 'Commune ou ville');
		await this.page.getByRole('textbox', { name: 'Nom de la collectivité' }).fill(name);
		await this.page.getByRole('combobox', { name: 'Région' }).selectOption({ label: 'Bretagne' });
		await this.page.getByRole('combobox', { name: 'Département' }).selectOption({ label: 'Finistère (29)' });
		await this.choose('Population', 'Moins de 2 000 habitants');
		await this.choose('Vous répondez en tant que…', 'Élu ou élue');
	}

	/** From the profile step to the summary, answering « non » to having an international action. */
	async finishShortPath(): Promise<void> {
		await this.next('Vos compétences de service public');
		await this.page.getByRole('checkbox', { name: 'Eau potable' }).check();
		await this.next('Votre action extérieure');
		await this.choose('Votre collectivité mène-t-elle une action extérieure ?', 'Non');
		await this.next('Pour commencer');
		await this.page.getByRole('checkbox', { name: /Un jumelage ou un premier partenariat/ }).check();
		await this.next('Vos freins');
		await this.page.getByRole('checkbox', { name: 'Le manque de moyens financiers' }).check();
		await this.next('Vos besoins');
		await this.page.getByRole('checkbox', { name: 'Des informations sur les dispositifs de financement' }).check();
		await this.page.getByRole('button', { name: 'Suivant' }).click();
		await expect(this.heading()).toHaveText('Récapitulatif de vos réponses');
	}
}
