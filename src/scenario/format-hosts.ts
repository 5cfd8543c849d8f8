/**
 * The `hosts:` extension of the scenario format: hosts a scenario adds to
 * the simulated internet, each with routes answered by a fixed response or
 * by a Perl handler script (see docs/scenario-hosts.md). Every mistake is
 * reported with the file and the line of the host or route.
 *
 *   hosts:
 *     - name: api.shop.example
 *       address: 198.51.100.77        # optional
 *       routes:
 *         - path: /items
 *           json: [{ id: 1, name: tea }]
 *         - method: POST
 *           path: /orders
 *           handler: orders.pl        # run as CGI inside the machine
 */
import type { HostDecl, RouteDecl } from '../net/hosts/custom.ts';

/** The certificate kinds of custom.ts (listed here so the page's checker needs no network code). */
const CERTIFICATE_KINDS: ReadonlyArray<NonNullable<HostDecl['certificate']>> = ['valid', 'expired', 'self-signed', 'wrong-host'];

type Fail = (line: number, message: string) => never;

/**
 * The line (in the file) of the value at `path` under `hosts` (e.g. [0,
 * "routes", 2, "path"]); a source without lines (JSON in a page) returns 0.
 */
export type LineAt = (path: Array<string | number>) => number;

const HOST_KEYS = ['name', 'address', 'aliases', 'latency', 'https', 'certificate', 'routes'];
const ROUTE_KEYS = ['method', 'path', 'status', 'type', 'headers', 'body', 'json', 'delay', 'handler'];
const STATIC_KEYS = ['status', 'type', 'headers', 'body', 'json'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkKeys(o: Record<string, unknown>, allowed: string[], what: string, at: (k: string) => number, fail: Fail): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) fail(at(k), `${what}: unknown key "${k}" (expected one of: ${allowed.join(', ')})`);
  }
}

function parseRoute(v: unknown, path: Array<string | number>, what: string, lineAt: LineAt, fail: Fail): RouteDecl {
  const line = lineAt(path);
  if (!isObject(v)) return fail(line, `${what} must be a mapping with a path`);
  const at = (k: string): number => (k in v ? lineAt([...path, k]) : line);
  checkKeys(v, ROUTE_KEYS, what, at, fail);
  if (typeof v.path !== 'string' || !v.path.startsWith('/')) fail(at('path'), `${what}: "path" must be a path starting with "/"`);
  const r: RouteDecl = { path: v.path as string, line };
  if (v.method !== undefined) {
    if (typeof v.method !== 'string' || !/^[A-Z]+$/.test(v.method)) fail(at('method'), `${what}: "method" must be an upper-case HTTP method such as GET or POST`);
    r.method = v.method as string;
  }
  if (v.status !== undefined) {
    if (!Number.isInteger(v.status) || (v.status as number) < 100 || (v.status as number) > 599) fail(at('status'), `${what}: "status" must be a number from 100 to 599`);
    r.status = v.status as number;
  }
  for (const k of ['type', 'body', 'handler'] as const) {
    if (v[k] !== undefined && typeof v[k] !== 'string') fail(at(k), `${what}: "${k}" must be a string`);
  }
  if (v.type !== undefined) r.type = v.type as string;
  if (v.body !== undefined && v.json !== undefined) fail(at('json'), `${what}: give "body" or "json", not both`);
  if (v.body !== undefined) r.body = v.body as string;
  if ('json' in v) r.json = v.json;
  if (v.headers !== undefined) {
    const ok = isObject(v.headers) && Object.values(v.headers).every((x) => typeof x === 'string' || typeof x === 'number');
    if (!ok) fail(at('headers'), `${what}: "headers" must map header names to values`);
    r.headers = Object.entries(v.headers as Record<string, string | number>).map(([k, x]) => [k, String(x)]);
  }
  if (v.delay !== undefined) {
    if (typeof v.delay !== 'number' || !(v.delay >= 0)) fail(at('delay'), `${what}: "delay" must be a number of seconds`);
    r.delay = v.delay as number;
  }
  if (typeof v.handler === 'string') {
    const clash = STATIC_KEYS.find((k) => k in v);
    if (clash) fail(at(clash), `${what}: a route with a "handler" takes its response from the script, not from "${clash}"`);
    r.handler = v.handler.startsWith('/') ? v.handler : `/home/user/${v.handler}`;
  }
  return r;
}

function parseHost(v: unknown, i: number, lineAt: LineAt, fail: Fail): HostDecl {
  const line = lineAt([i]);
  const what = `host ${i + 1}`;
  if (!isObject(v)) return fail(line, `${what} must be a mapping with a name and routes`);
  const at = (k: string): number => (k in v ? lineAt([i, k]) : line);
  checkKeys(v, HOST_KEYS, what, at, fail);
  if (typeof v.name !== 'string') return fail(line, `${what}: missing "name"`);
  const d: HostDecl = { name: v.name, routes: [], line };
  if (v.address !== undefined) {
    if (typeof v.address !== 'string') fail(at('address'), `${what}: "address" must be an IPv4 address`);
    d.address = v.address as string;
  }
  if (v.aliases !== undefined) {
    if (!Array.isArray(v.aliases) || !v.aliases.every((a) => typeof a === 'string')) fail(at('aliases'), `${what}: "aliases" must be a list of names`);
    d.aliases = v.aliases as string[];
  }
  if (v.latency !== undefined) {
    if (typeof v.latency !== 'number' || !(v.latency >= 0)) fail(at('latency'), `${what}: "latency" must be a number of milliseconds`);
    d.latency = v.latency as number;
  }
  if (v.https !== undefined) {
    if (typeof v.https !== 'boolean') fail(at('https'), `${what}: "https" must be true or false`);
    d.https = v.https as boolean;
  }
  if (v.certificate !== undefined) {
    if (!CERTIFICATE_KINDS.includes(v.certificate as never)) fail(at('certificate'), `${what}: "certificate" must be one of ${CERTIFICATE_KINDS.join(', ')}`);
    d.certificate = v.certificate as HostDecl['certificate'];
  }
  if (!Array.isArray(v.routes)) return fail(at('routes'), `${what} (${d.name}): "routes" must be a list`);
  d.routes = v.routes.map((r, j) => parseRoute(r, [i, 'routes', j], `${what} (${d.name}), route ${j + 1}`, lineAt, fail));
  return d;
}

/**
 * Check the plain value of a scenario's `hosts` key and return the
 * declarations. `lineAt` gives lines for messages; `fail` throws (it is
 * given the line of the mistake and the text).
 */
export function hostsFromData(value: unknown, lineAt: LineAt, fail: Fail): HostDecl[] {
  if (!Array.isArray(value)) return fail(lineAt([]), '"hosts" must be a list of hosts');
  const hosts = value.map((h, i) => parseHost(h, i, lineAt, fail));
  const seen = new Map<string, number>();
  for (const h of hosts) {
    for (const n of [h.name, ...(h.aliases ?? [])]) {
      const key = n.toLowerCase();
      if (seen.has(key)) fail(h.line ?? 0, `host "${n}" is declared twice${seen.get(key) ? ` (first on line ${seen.get(key)})` : ''}`);
      seen.set(key, h.line ?? 0);
    }
  }
  return hosts;
}

/** Declarations back as scenario data (for the page): the same keys, lines and code handlers left out. */
export function hostsToData(hosts: HostDecl[]): unknown[] {
  return hosts.map(({ line: _l, routes, ...host }) => ({
    ...host,
    routes: routes.map(({ line: _r, site: _s, headers, ...route }) => (headers ? { ...route, headers: Object.fromEntries(headers) } : route)),
  }));
}
