/**
 * Putting a simulated host on the network: a node at an address, named in
 * the simulated DNS, serving a site over HTTP on port 80 and over the
 * simulated TLS on 443. `addSimulatedHost` is also the hook scenario authors
 * use to add their own hosts with static routes.
 */
import { DEFAULT_EPOCH_MS } from '../../kernel/clock.ts';
import type { NetNode, NetStack } from '../stack.ts';
import { httpHandler, respond, standardHeaders } from './http.ts';
import type { HttpRequest, HttpResponse, Site } from './http.ts';
import { HostRuntime } from './runtime.ts';
import { tlsServer } from './tls-session.ts';
import { INTERMEDIATE_CA, leafFor } from './tls.ts';
import type { Certificate } from './tls.ts';

/** A fixed answer for a route of a scenario's host. */
export interface StaticRoute {
  status?: number;
  /** Content-Type (default text/plain; charset=utf-8, or application/json for `json`). */
  type?: string;
  body?: string;
  /** Serialised with two-space indentation and a final newline. */
  json?: unknown;
  headers?: Array<[string, string]>;
  delayMs?: number;
}

export interface HostSpec {
  /** DNS name; `aliases` resolve to the same address. */
  name: string;
  aliases?: string[];
  /** An address on one of the outside subnets (link.ts), e.g. "198.51.100.77". */
  addr: string;
  latencyMs?: number;
  /** The site: a function of the request ... */
  site?: Site;
  /** ... or one that may not be here yet: null until it is (a request then waits). */
  lazySite?: () => Site | null;
  /** ... or static routes keyed "GET /path" (or "/path" for any method). */
  routes?: Record<string, StaticRoute>;
  /** Ports to serve (default both). */
  http?: boolean;
  https?: boolean;
  /** Certificate chain for 443 (default: a valid leaf for the names, then the simulated CA). */
  chain?: Certificate[];
  /** Headers after Connection on every response (default: Server: terrarium-sim). */
  trailing?: (req: HttpRequest | null) => Array<[string, string]>;
  /** Full header layout, when the standard one (Date, own headers, Content-Length, Connection, trailing) does not fit. */
  layout?: (res: HttpResponse, keep: boolean, dateMs: number) => Array<[string, string]>;
}

export interface SimulatedHost {
  readonly node: NetNode;
  readonly runtime: HostRuntime;
  readonly spec: HostSpec;
}

/** A site answering from static routes, 404 for anything else. */
export function staticSite(routes: Record<string, StaticRoute>): Site {
  return (req) => {
    const r = routes[`${req.method} ${req.path}`] ?? routes[req.path];
    if (!r) return respond(404, 'text/plain; charset=utf-8', 'Not Found\n');
    const body = r.json !== undefined ? JSON.stringify(r.json, null, 2) + '\n' : (r.body ?? '');
    const type = r.type ?? (r.json !== undefined ? 'application/json' : 'text/plain; charset=utf-8');
    return { ...respond(r.status ?? 200, type, body, r.headers ?? []), delayMs: r.delayMs };
  };
}

/** Virtual milliseconds between looks for a site that is still coming. */
const SITE_NAP_MS = 5;

/** A site that answers through `get`'s once it is here; until then a request waits,
 *  looking again every SITE_NAP_MS of virtual time (like a slow server). */
function waitingSite(get: () => Site | null, rt: HostRuntime): Site {
  const answer = (s: Site, req: HttpRequest, reply: (res: HttpResponse) => void): void => {
    const a = s(req);
    if ('wait' in a) a.wait(reply);
    else reply(a);
  };
  return (req) => {
    const now = get();
    if (now) return now(req);
    return {
      wait(reply) {
        const look = (): void => {
          const s = get();
          if (s) answer(s, req, reply);
          else rt.later(SITE_NAP_MS, look);
        };
        rt.later(SITE_NAP_MS, look);
      },
    };
  };
}

/** Wall-clock ms of the network's virtual time (the kernel's epoch). */
export function wallMs(net: NetStack): number {
  return DEFAULT_EPOCH_MS + net.env.nowNs() / 1e6;
}

/** Add a host: node, DNS names, HTTP on 80 and simulated TLS on 443. */
export function addSimulatedHost(net: NetStack, spec: HostSpec): SimulatedHost {
  const node = net.addHost(spec.name, spec.addr, spec.latencyMs !== undefined ? spec.latencyMs * 1e6 : undefined);
  for (const a of spec.aliases ?? []) net.resolver.register(a, spec.addr);
  const rt = new HostRuntime(net, node);
  const site = spec.lazySite ? waitingSite(spec.lazySite, rt) : spec.site ?? staticSite(spec.routes ?? {});
  const trailing = spec.trailing ?? ((): Array<[string, string]> => [['Server', 'terrarium-sim']]);
  const layout = spec.layout ?? ((res, keep, ms) => standardHeaders(res, keep, ms, trailing(null)));
  const serve = (scheme: 'http' | 'https', write: (b: Uint8Array) => void, close: () => void, remote: { addr: string; port: number }) =>
    httpHandler({
      scheme, hostName: spec.name, site, remote, write, close,
      headers: (res, keep) => layout(res, keep, wallMs(net)),
      later: (ms, cb) => void rt.later(ms, cb),
    });
  if (spec.http !== false) {
    rt.listen(80, (conn) => serve('http', (b) => conn.write(b), () => conn.close(), conn.remote));
  }
  if (spec.https !== false) {
    const chain = spec.chain ?? [leafFor([spec.name, ...(spec.aliases ?? [])]), INTERMEDIATE_CA];
    rt.listen(443, (conn) => tlsServer({
      chain,
      write: (b) => conn.write(b),
      close: () => conn.close(),
      inner: (write, close) => serve('https', write, close, conn.remote),
    }));
  }
  return { node, runtime: rt, spec };
}
