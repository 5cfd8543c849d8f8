/**
 * Handler scripts for a scenario's hosts, run the CGI/1.1 way (RFC 3875):
 * one Perl process per request, started inside the machine, the request in
 * its environment and on its standard input, the response read from its
 * standard output (header lines, a blank line, the body). The process is
 * an ordinary process of the machine (`ps` shows it while it runs); its
 * standard error goes to the host's log under /var/log/sim-hosts/.
 */
import type { Machine } from '../../kernel/machine.ts';
import type { NetStack } from '../stack.ts';
import { imfDate, respond, REASONS } from './http.ts';
import type { HttpRequest, HttpResponse } from './http.ts';
import { wallMs } from './host.ts';
import type { HostRuntime } from './runtime.ts';
import { concat } from '../../programs/lib/io.ts';

/** What a handler process gave back. */
export interface HandlerResult {
  stdout: Uint8Array;
  stderr: Uint8Array;
  /** Wait status (as wait4 reports it). */
  status: number;
}

/** Runs handler scripts for simulated hosts; `done` is called once, after the process exited. */
export interface HandlerRunner {
  run(script: string, env: Record<string, string>, stdin: Uint8Array, done: (r: HandlerResult) => void): void;
  /** Append a line to a host's error log. */
  log(host: string, line: string): void;
}

const PERL = '/usr/bin/perl';
const LOG_DIR = '/var/log/sim-hosts';
/**
 * A running handler is checked for having exited after 1 virtual ms, then
 * at doubling intervals up to 64 ms: quick scripts answer at once, and one
 * that sleeps costs few wake-ups.
 */
const POLL_FIRST_MS = 1, POLL_MAX_MS = 64;
/** Most output a handler may give (standard output and error together). */
const MAX_OUTPUT = 16 * 1024 * 1024;
const TOO_MUCH = new TextEncoder().encode(`output over ${MAX_OUTPUT} bytes, not sent\n`);

/**
 * A runner on `machine`: `perl SCRIPT` as www-data, in the script's
 * directory, with no terminal. `rt` is the host's runtime (its timers).
 */
export function machineRunner(machine: Machine, rt: HostRuntime): HandlerRunner {
  let logDir = false;
  return {
    run(script, env, stdin, done) {
      const out: Uint8Array[] = [];
      const err: Uint8Array[] = [];
      let size = 0;
      // Output past the cap is dropped (the sink never blocks the script), and the request fails.
      const keep = (into: Uint8Array[]) => (d: Uint8Array): void => {
        size += d.length;
        if (size <= MAX_OUTPUT) into.push(d);
      };
      const dir = script.slice(0, script.lastIndexOf('/')) || '/';
      const pid = machine.spawn([PERL, script], {
        env, stdin, uid: 33, gid: 33, cwd: dir,
        stdout: keep(out), stderr: keep(err),
      });
      let wait = POLL_FIRST_MS;
      const poll = (): void => {
        const status = machine.exitStatus(pid);
        if (status === null) {
          wait = Math.min(wait * 2, POLL_MAX_MS);
          return void rt.later(wait, poll);
        }
        if (size > MAX_OUTPUT) return done({ stdout: new Uint8Array(0), stderr: TOO_MUCH, status });
        done({ stdout: concat(out), stderr: concat(err), status });
      };
      rt.later(wait, poll);
    },
    log(host, line) {
      const path = `${LOG_DIR}/${host}.log`;
      if (!logDir) machine.mkdir(LOG_DIR, { mode: 0o755 });
      logDir = true;
      const old = machine.readFile(path);
      const text = (old ? new TextDecoder().decode(old) : '') + line + '\n';
      machine.writeFile(path, text, { mode: 0o644 });
    },
  };
}

/** The CGI meta-variables of a request (RFC 3875 section 4.1), plus REQUEST_URI and HTTPS. */
export function cgiEnv(req: HttpRequest, hostName: string, localPort: number): Record<string, string> {
  const env: Record<string, string> = Object.create(null) as Record<string, string>;
  env.GATEWAY_INTERFACE = 'CGI/1.1';
  env.PATH = '/usr/local/bin:/usr/bin:/bin';
  env.SERVER_SOFTWARE = 'terrarium-sim';
  env.SERVER_NAME = hostName;
  env.SERVER_PORT = String(localPort);
  env.SERVER_PROTOCOL = req.version;
  env.REQUEST_METHOD = req.method;
  env.REQUEST_URI = req.target;
  env.SCRIPT_NAME = '';
  env.PATH_INFO = decodeURIComponentSafe(req.path);
  env.QUERY_STRING = req.query;
  env.REMOTE_ADDR = req.remote.addr;
  env.REMOTE_PORT = String(req.remote.port);
  if (req.scheme === 'https') env.HTTPS = 'on';
  if (req.body.length > 0) env.CONTENT_LENGTH = String(req.body.length);
  for (const [k, v] of req.headers) {
    const name = k.toUpperCase().replace(/-/g, '_');
    if (name === 'CONTENT_TYPE') env.CONTENT_TYPE = v;
    else if (name !== 'CONTENT_LENGTH') env[`HTTP_${name}`] = env[`HTTP_${name}`] ? `${env[`HTTP_${name}`]}, ${v}` : v;
  }
  return env;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const latin1 = new TextDecoder('latin1');

/**
 * A handler's output as a response (RFC 3875 section 6): header lines up to
 * a blank line (LF or CRLF), `Status: NNN reason` setting the status,
 * `Location` alone giving 302. A string is the reason it is malformed.
 */
export function parseCgiOutput(out: Uint8Array): HttpResponse | string {
  let end = -1;
  let sep = 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== 10) continue;
    if (out[i + 1] === 10) { end = i; sep = 2; break; }
    if (out[i + 1] === 13 && out[i + 2] === 10) { end = i; sep = 3; break; }
  }
  if (out.length === 0) return 'no output from the script';
  if (end < 0) return 'the script\'s output has no blank line after its headers';
  const head = latin1.decode(out.subarray(0, end)).replace(/\r$/, '').split(/\r?\n/);
  const headers: Array<[string, string]> = [];
  let status: number | null = null;
  for (const line of head) {
    const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)$/.exec(line);
    if (!m) return `malformed header from script: "${line}"`;
    const [name, value] = [m[1]!, m[2]!];
    if (name.toLowerCase() === 'status') {
      const s = /^(\d{3})\b/.exec(value);
      if (!s) return `bad Status header from script: "${value}"`;
      status = Number(s[1]);
    } else headers.push([name, value]);
  }
  if (status === null) status = headers.some(([k]) => k.toLowerCase() === 'location') ? 302 : 200;
  return { status, headers, body: out.slice(end + sep) };
}

/** The 500 a server answers when its handler failed (the details go to the host's log). */
export function handlerFailed(): HttpResponse {
  const reason = REASONS[500]!;
  return respond(500, 'text/html; charset=iso-8859-1',
    `<!DOCTYPE html>\n<html><head><title>500 ${reason}</title></head>\n<body><h1>${reason}</h1>\n` +
    '<p>The server encountered an internal error and was unable to complete your request.</p>\n</body></html>\n');
}

/** A log line in the error-log style: "[date] [cgi:error] [client ADDR:PORT] text". */
export function logLine(net: NetStack, req: HttpRequest, text: string): string {
  return `[${imfDate(wallMs(net))}] [cgi:error] [client ${req.remote.addr}:${req.remote.port}] ${text}`;
}
