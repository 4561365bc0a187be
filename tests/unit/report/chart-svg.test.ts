import { describe, expect, it } from 'vitest';
import { chartDescription, placementChartSvg } from '../../../src/lib/report/chart-svg';
import { engaged } from '../engine/typology/helpers';
import { profileAnswers } from '../../fixtures/answers';

describe('placement chart', () => {
	const placement = engaged(profileAnswers('cosmin'));
	const svg = placementChartSvg(placement, { idPrefix: 'c1' });

	it('is an accessible image whose title and description say every share', () => {
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="c1-title c1-desc"/
		);
		expect(svg).toContain('<title id="c1-title">Part de chaque modèle ACTER dans votre profil</title>');
		for (const reading of placement.models) expect(svg).toContain(`${reading.share}\u00a0%`);
		expect(svg).toMatch(
			/<desc id="c1-desc">HUMANIS\u00a0: \d+\u00a0% ; COSMIN.*Modèle principal\u00a0: COSMIN\.<\/desc>/
		);
	});

	it('draws one bar per model, as long as its share, with plain SVG only', () => {
		const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
		expect(widths).toHaveLength(5);
		const longest = Math.max(...widths);
		expect(widths[1]).toBe(longest);
		expect(svg).not.toMatch(/class=|<style|foreignObject|href=|url\(/);
	});

	it('parses as XML', () => {
		const opened = (svg.match(/<(svg|title|desc|text)\b/g) ?? []).length;
		const closed = (svg.match(/<\/(svg|title|desc|text)>/g) ?? []).length;
		expect(opened).toBe(closed);
		expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
	});

	it('escapes the title it is given', () => {
		expect(placementChartSvg(placement, { title: 'A & B <c>' })).toContain(
			'<title id="placement-chart-title">A &amp; B &lt;c&gt;</title>'
		);
	});
});

describe('models set aside', () => {
	it('say what set them aside: the organisation, or what the authority does', () => {
		// the HUMANIS-type has no service (ASTRE set aside) and no youth work (CIMOB set aside)
		const description = chartDescription(engaged(profileAnswers('humanis')));
		expect(description).toMatch(/CIMOB\u00a0: \d+\u00a0%, écarté par ce que vous faites/);
		expect(description).toMatch(/ASTRE\u00a0: \d+\u00a0%, écarté par l’organisation/);
		expect(description).not.toMatch(/HUMANIS\u00a0: \d+\u00a0%, écarté/);
	});
});
