// Serves the production build the way a static host would: precompressed files, the SPA
// fallback (200.html) for unknown URLs, and a service worker that is never cached stale.
// Fails loudly when the port is taken, so nobody tests another server by mistake.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const root = new URL('../build', import.meta.url).pathname;

if (!existsSync(root)) {
	console.error(`Le dossier ${root} n'existe pas : lancez d'abord « npm run build ».`);
	process.exit(1);
}

const serve = sirv(root, {
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

const server = createServer((req, res) => serve(req, res, () => {
	res.statusCode = 404;
	res.end('Introuvable');
}));

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
