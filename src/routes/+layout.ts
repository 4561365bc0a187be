// Every page is prerendered; diagnostic pages are shells filled in the browser (see (diagnostic)/+layout.ts).
export const prerender = true;
export const trailingSlash = 'never';
