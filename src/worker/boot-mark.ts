/**
 * Performance marks along the way to the first prompt (`terrarium:…`, read by the page
 * boot measurement in test/browser/embed.bench.mjs). Not guest-visible; a no-op where
 * the User Timing API is missing.
 */
export function bootMark(name: string): void {
  globalThis.performance?.mark?.(`terrarium:${name}`);
}
