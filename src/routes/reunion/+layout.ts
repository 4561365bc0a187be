// The adviser's views read the diagnostics on this device: prerendered as shells, filled in the browser.
export const ssr = false;
