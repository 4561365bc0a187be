// Serves the production build the way a static host would: precompressed files, the SPA
// fallback (200.html) for unknown URLs, and a service worker that is never cached stale.
// Fails loudly when the port is taken, so nobody tests another server by mistake.
// BUILD_DIR changes the folder served; with NEXT_BUILD_DIR, clients carrying the cookie
// acter-build=next get that folder instead: a new release for them only (the update test).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const root = process.env.BUILD_DIR ?? new URL('../build', import.meta.url).pathname;
const nextRoot = process.env.NEXT_BUILD_DIR;

for (const dir of [root, nextRoot]) {
	if (dir && !existsSync(dir)) {
		console.error(`Le dossier ${dir} n'existe pas : lancez d'abord « npm run build ».`);
		process.exit(1);
	}
}

/** @param {string} dir */
const site = (dir) =>
	sirv(dir, {
		single: '200.html',
		gzip: true,
		brotli: true,
		etag: true,
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/')) {
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			} else {
				res.setHeader('Cache-Control', 'no-cache');
			}
			res.setHeader('X-Content-Type-Options', 'nosniff');
			res.setHeader('Referrer-Policy', 'no-referrer');
		}
	});

const current = site(root);
const next = nextRoot ? site(nextRoot) : current;

const server = createServer((req, res) => {
	const serve = /(?:^|;\s*)acter-build=next(?:;|$)/.test(req.headers.cookie ?? '') ? next : current;
	serve(req, res, () => {
		res.statusCode = 404;
		res.end('Introuvable');
	});
});

server.on('error', (error) => {
	if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') {
		console.error(`Le port ${port} est déjà utilisé : arrêtez l'autre serveur ou choisissez PORT=…`);
	} else {
		console.error(error);
	}
	process.exit(1);
});

server.listen(port, host, () => {
	console.log(`ACTER autodiagnostic : http://localhost:${port}/`);
});
