// The UI's own helpers (addresses, downloads, keyboard shortcuts, idle work, texts for the cards), for the
// pages and components. Re-exports only: `package.json` declares the sources free of import side effects, so
// a page keeps only what it uses.
export * from './diagnostic-card';
export * from './digit-entry';
export * from './download';
export * from './glossary-scope';
export * from './horizons';
export * from './idle';
export * from './links';
export * from './meeting-links';
export * from './progress-text';
export * from './report-batch';
export * from './shortcuts';
