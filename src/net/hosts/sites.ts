/**
 * The sites of the simulated internet's hosts, made when a host is first asked (see
 * `lazySite` in host.ts). The page's worker swaps this module for
 * src/worker/sites-lazy.ts, which fetches it then; here they are at hand.
 */
import type { NetStack } from '../stack.ts';
import type { Site } from './http.ts';
import { exampleSite } from './example.ts';
import { githubSite } from './github.ts';
import { httpbinSite } from './httpbin.ts';
import { placeholderSite } from './placeholder.ts';

export const SITES = {
  example: (): Site => exampleSite(),
  httpbin: (net: NetStack): Site => httpbinSite(net),
  placeholder: (): Site => placeholderSite(),
  github: (net: NetStack): Site => githubSite(net),
};

export type SiteName = keyof typeof SITES;

/** The site `name` of `net`'s host, made on the first call (never null here). */
export function siteSource(name: SiteName, net: NetStack): () => Site | null {
  let site: Site | null = null;
  return () => (site ??= SITES[name](net));
}
