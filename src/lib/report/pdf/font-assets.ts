// The report's fonts in the browser: hashed assets, fetched once per page so that a meeting's batch
// of reports reuses them. Small enough to load with the page that offers the PDF, so the download
// can start on the click, alongside jsPDF's.
import type { FontAssets } from './fonts';
import regularUrl from './fonts/DejaVuSans.subset.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold.subset.ttf?url';
import italicUrl from './fonts/DejaVuSans-Oblique.subset.ttf?url';

async function fetchFont(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Police du rapport introuvable (${response.status})`);
	return new Uint8Array(await response.arrayBuffer());
}

let fonts: Promise<FontAssets> | undefined;

/** the three fonts, fetched on the first call; a failed fetch is retried at the next */
export function fontAssets(): Promise<FontAssets> {
	if (!fonts) {
		fonts = Promise.all([fetchFont(regularUrl), fetchFont(boldUrl), fetchFont(italicUrl)]).then(
			([regular, bold, italic]) => ({ regular, bold, italic })
		);
		fonts.catch(() => (fonts = undefined));
	}
	return fonts;
}
