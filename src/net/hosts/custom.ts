/**
 * Hosts a scenario adds to the simulated internet (the `hosts:` key of the
 * scenario format): a name, an optional address, and routes answered either
 * with a fixed response or by a Perl handler script run inside the machine
 * (see cgi.ts). Declarations are plain data; installing them puts each host
 * on the network like the built-in ones (HTTP on 80, simulated TLS on 443).
 */
import type { Machine } from '../../kernel/machine.ts';
import { parseIPv4 } from '../addr.ts';
import type { NetStack } from '../stack.ts';
import { cgiEnv, handlerFailed, logLine, machineRunner, parseCgiOutput } from './cgi.ts';
import type { HandlerRunner } from './cgi.ts';
import { addSimulatedHost } from './host.ts';
import type { SimulatedHost } from './host.ts';
import { respond } from './http.ts';
import type { HttpResponse, Site } from './http.ts';
import type { HostRuntime } from './runtime.ts';
import { INTERMEDIATE_CA, leafFor } from './tls.ts';
import type { Certificate } from './tls.ts';

export const CERTIFICATE_KINDS = ['valid', 'expired', 'self-signed', 'wrong-host'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** The chain a host presents for `kind` (as the badssl hosts do). */
function chainFor(d: HostDecl): Certificate[] {
  const names = [d.name, ...(d.aliases ?? [])];
  switch (d.certificate ?? 'valid') {
    case 'valid':
      return [leafFor(names), INTERMEDIATE_CA];
    case 'expired':
      return [leafFor(names, { notBefore: Date.UTC(2015, 3, 9), notAfter: Date.UTC(2015, 3, 12, 23, 59, 59) }), INTERMEDIATE_CA];
    case 'self-signed': {
      const self = leafFor(names);
      return [{ ...self, issuer: self.subject }];
    }
    case 'wrong-host':
      return [leafFor([`other.${d.name}`]), INTERMEDIATE_CA];
  }
}

/** One route: `path` exact, or ending in `/*` for everything under it; `method` absent means any. */
export interface RouteDecl {
  method?: string;
  path: string;
  status?: number;
  /** Content-Type (default text/plain; charset=utf-8, or application/json with `json`). */
  type?: string;
  headers?: Array<[string, string]>;
  body?: string;
  /** Sent as JSON with two-space indentation and a final newline. */
  json?: unknown;
  /** Virtual seconds before the response is sent. */
  delay?: number;
  /** Absolute path of a Perl script in the machine that computes the response. */
  handler?: string;
  /** A handler in TypeScript, for hosts registered by code (the scenario YAML cannot give one). */
  site?: Site;
  /** Line in the scenario file, for errors. */
  line?: number;
}

export interface HostDecl {
  name: string;
  /** On one of the outside subnets; default the next free one from 198.51.100.200. */
  address?: string;
  aliases?: string[];
  /** One-way latency in ms (default the subnet's). */
  latency?: number;
  /** Serve 443 (default true). */
  https?: boolean;
  /** The certificate on 443: valid (default), or one that fails verification. */
  certificate?: CertificateKind;
  routes: RouteDecl[];
  line?: number;
}

/** A declaration that cannot be installed; `line` is the declaration's. */
export class HostDeclError extends Error {
  constructor(readonly line: number | undefined, message: string) {
    super(message);
    this.name = 'HostDeclError';
  }
}

const NAME_RE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** A route matching `path` (prefix routes end in "/*"). */
function pathMatches(route: string, path: string): boolean {
  return route.endsWith('/*') ? path.startsWith(route.slice(0, -1)) : route === path;
}

function methodMatches(route: RouteDecl, method: string): boolean {
  if (route.method === undefined) return true;
  return route.method === method || (method === 'HEAD' && route.method === 'GET');
}

function staticResponse(r: RouteDecl): HttpResponse {
  const body = r.json !== undefined ? JSON.stringify(r.json, null, 2) + '\n' : (r.body ?? '');
  const type = r.type ?? (r.json !== undefined ? 'application/json' : 'text/plain; charset=utf-8');
  return respond(r.status ?? 200, type, body, r.headers ?? []);
}

/**
 * The site of a declared host: the first route matching path and method
 * answers; a path served only for other methods gets 405 with Allow, any
 * other path 404. `runner` runs handler routes.
 */
export function customSite(decl: HostDecl, net: NetStack, runner: () => HandlerRunner): Site {
  return (req) => {
    const onPath = decl.routes.filter((r) => pathMatches(r.path, req.path));
    const route = onPath.find((r) => methodMatches(r, req.method));
    if (!route) {
      if (onPath.length === 0) return respond(404, 'text/plain; charset=utf-8', 'Not Found\n');
      const allow = [...new Set(onPath.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method!])))];
      return respond(405, 'text/plain; charset=utf-8', 'Method Not Allowed\n', [['Allow', allow.join(', ')]]);
    }
    const delayMs = route.delay ? route.delay * 1000 : undefined;
    if (route.site) return route.site(req);
    if (route.handler === undefined) return { ...staticResponse(route), delayMs };
    const script = route.handler;
    return {
      wait(reply) {
        const run = runner();
        const port = req.scheme === 'https' ? 443 : 80;
        run.run(script, cgiEnv(req, decl.name, port), req.body, (r) => {
          for (const line of new TextDecoder().decode(r.stderr).split('\n').filter(Boolean)) {
            run.log(decl.name, logLine(net, req, `${script}: ${line}`));
          }
          const res = parseCgiOutput(r.stdout);
          if (typeof res === 'string') {
            run.log(decl.name, logLine(net, req, `${script}: ${res}`));
            return reply(handlerFailed());
          }
          reply({ ...res, delayMs });
        });
      },
    };
  };
}

/** The next free address from 198.51.100.200 (then 203.0.113.200). */
function freeAddress(net: NetStack): string | null {
  for (const base of ['198.51.100.', '203.0.113.']) {
    for (let i = 200; i < 255; i++) if (!net.nodeFor(base + i)) return base + i;
  }
  return null;
}

function checkDecl(net: NetStack, d: HostDecl): string {
  for (const name of [d.name, ...(d.aliases ?? [])]) {
    if (!NAME_RE.test(name) || parseIPv4(name) !== null) throw new HostDeclError(d.line, `"${name}" is not a host name`);
    const known = net.resolver.resolve(name);
    if (typeof known !== 'number') throw new HostDeclError(d.line, `${name} is already a host (it resolves to ${known.join(', ')})`);
  }
  const addr = d.address ?? freeAddress(net);
  if (addr === null) throw new HostDeclError(d.line, 'no free address left for a host');
  if (parseIPv4(addr) === null || !net.link.isOutside(addr) || addr === '192.0.2.1') {
    throw new HostDeclError(d.line, `address ${addr} is not a host address of the simulated internet (use 192.0.2.3-254, 198.51.100.0/24 or 203.0.113.0/24)`);
  }
  const owner = net.nodeFor(addr);
  if (owner) throw new HostDeclError(d.line, `address ${addr} is taken (by ${owner.isMachine ? 'the machine' : owner.name})`);
  return addr;
}

/**
 * Put declared hosts on `net`. Handler routes run through the runner
 * `runnerFor` makes for each host. Throws HostDeclError for a name that
 * already resolves, or an address that is taken or not on the outside link.
 */
export function installCustomHosts(net: NetStack, decls: HostDecl[], runnerFor: (rt: HostRuntime) => HandlerRunner): SimulatedHost[] {
  return decls.map((d) => {
    const addr = checkDecl(net, d);
    let runner: HandlerRunner | null = null;
    let host: SimulatedHost | null = null;
    const site = customSite(d, net, () => (runner ??= runnerFor(host!.runtime)));
    host = addSimulatedHost(net, { name: d.name, aliases: d.aliases, addr, latencyMs: d.latency, site, https: d.https !== false, chain: chainFor(d) });
    return host;
  });
}

/** Install a scenario's hosts on a booted machine, handlers run by its Perl. */
export function installScenarioHosts(machine: Machine, decls: HostDecl[]): SimulatedHost[] {
  return installCustomHosts(machine.net, decls, (rt) => machineRunner(machine, rt));
}
