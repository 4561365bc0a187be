// The report's public face for the pages: the digest of the results, the chart, the CSV, the phrases,
// and the PDF maker, which loads jsPDF and the fonts only when a roadmap is asked for.
export * from './chart-svg';
export * from './counts';
export * from './diagnostics-csv';
export * from './digest';
export * from './pdf/load';
export * from './phrases';
export * from './sections/scoring';
export * from './text';
export * from './typeset';
