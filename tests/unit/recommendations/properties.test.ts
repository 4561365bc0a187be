// Over random questionnaires and placements, the hard rules hold: nothing ineligible is shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countries } from '../../../src/lib/content/countries';
import { departmentsOfRegion, regionIds } from '../../../src/lib/content/geography';
import * as o from '../../../src/lib/content/options';
import type { Answers } from '../../../src/lib/content/types';
import { buildRecommendations } from '../../../src/lib/engine/recommendations';
import { modelIds, type Placement } from '../../../src/lib/engine/typology/types';
import { engagedPlacement, startingPlacement } from './fixtures';

const ids = (options: readonly { id: string }[]) => options.map((x) => x.id);
const one = (options: readonly { id: string }[]) => fc.constantFrom(...ids(options));
const some = (options: readonly { id: string }[]) => fc.subarray(ids(options), { minLength: 1 });

const location = fc
	.constantFrom(...regionIds)
	.chain((region) => fc.record({ region: fc.constant(region), department: fc.constantFrom(...departmentsOfRegion(region).map((d) => d.code)) }));

const answers: fc.Arbitrary<Answers> = fc
	.record({
		location,
		authority_type: one(o.authorityTypes),
		population_band: one(o.populationBands),
		service_competences: some(o.serviceCompetences),
		has_international_action: one(o.yesNo),
		seniority: one(o.seniorityBands),
		motivations: some(o.motivations),
		action_families: some(o.actionFamilies),
		themes: some(o.themes),
		starting_themes: some(o.themes),
		zones: some(o.zones),
		partner_countries: fc.subarray(['SN', 'DE', 'MA', 'LB', 'BF', 'IT', 'VN', 'HT'], { minLength: 0 }),
		ri_service: one(o.yesNo),
		networks: some(o.networks),
		support_received: one(o.yesNoUnknown),
		support_providers: some(o.supportProviders),
		budget_line: one(o.yesNoUnknown),
		budget_band: one(o.budgetBands),
		external_funding: some(o.fundingSources),
		oda_declared: one(o.yesNoUnknown),
		communication: one(o.yesNo),
		evaluation: some(o.evaluationPractices),
		obstacles: some(o.obstacles),
		needs: some(o.needs),
		starting_actions: some(o.startingActions)
	})
	.map(({ location: place, ...rest }) => ({ ...rest, ...place }));

const placement: fc.Arbitrary<Placement> = fc.oneof(
	fc.constant(startingPlacement),
	fc.record({ main: fc.constantFrom(...modelIds), towards: fc.option(fc.constantFrom(...modelIds), { nil: undefined }) }).map(({ main, towards }) => engagedPlacement(main, { towards }))
);

const has = (a: Answers, question: string, id: string) => {
	const value = a[question];
	return Array.isArray(value) ? value.includes(id) : value === id;
};
const engaged = (a: Answers) => a.has_international_action === 'yes';
const largeBudget = (a: Answers) => ['100k_250k', '250k_500k', 'over_500k'].includes(String(a.budget_band));
const runs = { numRuns: 400 };

describe('recommendations over random answers', () => {
	it('never shows a 1 % without the matching competence', () => {
		const competenceOf: Record<string, string[]> = {
			one_percent_water: ['water', 'sanitation'],
			one_percent_waste: ['waste'],
			one_percent_energy: ['energy'],
			one_percent_mobility: ['mobility']
		};
		fc.assert(
			fc.property(answers, placement, (a, p) => {
				for (const option of buildRecommendations(a, p).options) {
					const needed = competenceOf[option.id];
					if (needed) expect(needed.some((c) => has(a, 'service_competences', c))).toBe(true);
				}
			}),
			runs
		);
	});

	it('never shows FICOL or a ministry call without a partnership abroad, nor FICOL without the capacity it needs', () => {
		fc.assert(
			fc.property(answers, placement, (a, p) => {
				const shown = ids(buildRecommendations(a, p).options);
				const partnership = engaged(a) && (has(a, 'action_families', 'decentralised_cooperation') || (a.partner_countries as string[]).length > 0);
				if (shown.includes('ficol')) expect(partnership && (a.ri_service === 'yes' || largeBudget(a))).toBe(true);
				for (const id of ['dctciv_general_call', 'dctciv_thematic_calls', 'dctciv_youth_call', 'dctciv_joint_funds', 'cuf_country_groups'])
					if (shown.includes(id)) expect(partnership).toBe(true);
			}),
			runs
		);
	});

	it('shows only the regional network of the authority’s own territory, always first', () => {
		fc.assert(
			fc.property(answers, placement, (a, p) => {
				const options = buildRecommendations(a, p).options;
				const regional = options.filter((r) => r.option.regionalNetwork);
				expect(regional.length).toBeLessThanOrEqual(1);
				const network = regional[0];
				if (network) {
					expect(options[0]?.id).toBe(network.id);
					const rule = network.option.eligibility;
					if (rule.regions) expect(rule.regions).toContain(a.region);
					if (rule.departments) expect(rule.departments).toContain(a.department);
				}
				if (ids(options).includes('rrma_ycid')) expect(a.department).toBe('78');
			}),
			runs
		);
	});

	it('keeps its AFCCRE and joint-fund rules, and links the roadmap only to shown options', () => {
		fc.assert(
			fc.property(answers, placement, (a, p) => {
				const result = buildRecommendations(a, p);
				const shown = ids(result.options);
				if (shown.includes('afccre')) expect(a.authority_type).not.toBe('mixed_syndicate');
				if (shown.includes('dctciv_joint_funds'))
					expect((a.partner_countries as string[]).some((c) => ['LB', 'AM', 'UA', 'SN', 'MA', 'PS'].includes(c))).toBe(true);
				for (const link of result.roadmap.steps.flatMap((s) => s.options)) expect(shown).toContain(link.id);
			}),
			runs
		);
	});

	it('returns plain JSON, with each figure dated and each option explained', () => {
		fc.assert(
			fc.property(answers, placement, (a, p) => {
				const result = buildRecommendations(a, p);
				expect(JSON.parse(JSON.stringify(result))).toEqual(result);
				for (const option of result.options) {
					expect(option.why.length).toBeGreaterThan(0);
					for (const figure of option.option.figures) expect(figure.text).toContain(String(figure.year));
				}
				expect(new Set(result.needs.map((n) => n.id)).size).toBe(result.needs.length);
			}),
			{ numRuns: 200 }
		);
	});
});

it('uses only countries the questionnaire knows', () => {
	const known = new Set(countries.map((c) => c.code));
	expect(['SN', 'DE', 'MA', 'LB', 'BF', 'IT', 'VN', 'HT'].every((c) => known.has(c))).toBe(true);
});
