// For the update test: a copy of build/ that the browser sees as a new release (its service
// worker's bytes differ), served by scripts/serve.js to clients carrying the cookie acter-build=next.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const from = new URL('../build/', import.meta.url).pathname;
const to = new URL('../build-next/', import.meta.url).pathname;

rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
const worker = `${readFileSync(`${to}sw.js`, 'utf8')}\n// next release, built ${new Date().toISOString()}\n`;
writeFileSync(`${to}sw.js`, worker);
writeFileSync(`${to}sw.js.gz`, gzipSync(worker));
writeFileSync(`${to}sw.js.br`, brotliCompressSync(worker));
console.log(`Version suivante simulée : ${to}`);
