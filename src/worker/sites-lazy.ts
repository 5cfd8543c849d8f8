/**
 * The page build's stand-in for src/net/hosts/sites.ts (vite.config.ts swaps it in for
 * the worker): the sites of the simulated internet's hosts stay out of the worker's
 * script and are fetched when one of those hosts is first asked; the request waits
 * meanwhile (host.ts looks again every few virtual milliseconds). A fetch that fails is
 * tried again on the next look.
 */
import type { NetStack } from '../net/stack.ts';
import type { Site } from '../net/hosts/http.ts';
import type { SiteName, SITES } from '../net/hosts/sites.ts';

let makers: typeof SITES | null = null;
let fetching: Promise<void> | null = null;

function fetchSites(): void {
  fetching ??= import('../net/hosts/sites.ts').then((m) => {
    makers = m.SITES;
  }).catch(() => undefined).finally(() => {
    fetching = null;
  });
}

/** The site `name` of `net`'s host: null until its code is here (asking starts the fetch). */
export function siteSource(name: SiteName, net: NetStack): () => Site | null {
  let site: Site | null = null;
  return () => {
    if (site) return site;
    if (!makers) {
      fetchSites();
      return null;
    }
    return (site = makers[name](net));
  };
}
