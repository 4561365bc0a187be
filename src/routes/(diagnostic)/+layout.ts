// Diagnostic pages live on the device only: prerendered as empty shells, rendered in the browser.
export const ssr = false;
