import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ReportBlock, ReportModel } from '../../../../src/lib/report/model';
import { makeReportPdfFile } from '../../../../src/lib/report/pdf/node';
import { CONTENT_BOTTOM, MARGIN, PT_TO_MM } from '../../../../src/lib/report/pdf/theme';
import { reportModel } from '../../../fixtures/report-model';
import { layout } from './poppler';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'acter-keep-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** `fillers` one-line paragraphs, then a heading: sweeping the count slides the heading down a page */
function modelWithHeadingAfter(fillers: number): ReportModel {
	const blocks: ReportBlock[] = [
		...Array.from({ length: fillers }, (_, i): ReportBlock => ({
			kind: 'paragraph',
			text: `Ligne de remplissage n°${i + 1}.`
		})),
		{ kind: 'heading', text: 'Intertitre qui doit rester avec la suite' },
		{
			kind: 'paragraph',
			text: 'Premier paragraphe après l’intertitre, assez long pour tenir sur deux lignes : il complète l’intertitre et ne doit pas en être séparé par un saut de page.'
		}
	];
	return { ...reportModel, sections: [{ id: 'test', title: 'Section de test', blocks }] };
}

it('moves a heading to the next page rather than leaving it last on a page', async () => {
	const orphans: string[] = [];
	for (let fillers = 26; fillers <= 34; fillers++) {
		const path = join(dir, `keep-${fillers}.pdf`);
		await makeReportPdfFile(modelWithHeadingAfter(fillers), path);
		for (const [i, page] of layout(path).entries()) {
			const body = page.lines.filter(
				(l) => l.yMin * PT_TO_MM > MARGIN.top && l.yMax * PT_TO_MM < CONTENT_BOTTOM + 1
			);
			const last = body.at(-1);
			if (i > 0 && last?.text.startsWith('Intertitre')) orphans.push(`${fillers} lignes, page ${i + 1}`);
		}
	}
	expect(orphans).toEqual([]);
}, 60_000);
