// Serves build/ with the project's own server, so the figures include its precompressed files and headers.
import { spawn } from 'node:child_process';
import { root } from './paths';

export interface Server {
	readonly url: string;
	stop(): void;
}

export async function startServer(port: number): Promise<Server> {
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		cwd: root,
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const url = `http://localhost:${port}/`;
	await new Promise<void>((resolve, reject) => {
		child.once('exit', (code) =>
			reject(new Error(`scripts/serve.js exited (code ${code}) before listening on ${port}`))
		);
		// serve.js prints its address once listening.
		child.stdout.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes(url)) resolve();
		});
	});
	child.removeAllListeners('exit');
	return { url, stop: () => child.kill() };
}
