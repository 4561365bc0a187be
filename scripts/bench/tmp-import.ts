import { launchChromium } from './browser';
import { measureImport } from './scale';
import { startServer } from './server';
const server = await startServer(4321);
const browser = await launchChromium();
try { console.log(JSON.stringify(await measureImport(browser, server.url))); } finally { await browser.close(); server.stop(); }
