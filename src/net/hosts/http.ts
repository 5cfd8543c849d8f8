/**
 * HTTP/1.1 for the simulated hosts (RFC 9112): an incremental request
 * parser (Content-Length and chunked bodies), persistent connections, and
 * response serialisation. A site is a function from request to response.
 */
import type { Endpoint } from '../addr.ts';
import type { StreamHandler } from './runtime.ts';

export interface HttpRequest {
  method: string;
  /** Request target as sent ("/get?a=1"). */
  target: string;
  path: string;
  /** Query string without "?" ("" when none). */
  query: string;
  version: string;
  /** Header fields in arrival order, names as sent. */
  headers: Array<[string, string]>;
  body: Uint8Array;
  scheme: 'http' | 'https';
  /** Host header (or the host's own name). */
  host: string;
  remote: Endpoint;
}

export interface HttpResponse {
  status: number;
  headers: Array<[string, string]>;
  body: Uint8Array;
  /** Hold the response back this long (virtual time), as httpbin's /delay does. */
  delayMs?: number;
  /** Close the connection after this response. */
  close?: boolean;
}

/** A response a site computes later (a handler process still running): `wait` calls back once. */
export interface DeferredResponse {
  wait(reply: (res: HttpResponse) => void): void;
}

export type Site = (req: HttpRequest) => HttpResponse | DeferredResponse;

export const REASONS: Record<number, string> = {
  100: 'Continue', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 206: 'Partial Content',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect',
  308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 408: 'Request Timeout', 409: 'Conflict',
  410: 'Gone', 413: 'Payload Too Large', 418: "I'M A TEAPOT", 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout',
};

const enc = new TextEncoder();
const latin1 = new TextDecoder('latin1');
export const utf8 = (s: string): Uint8Array => enc.encode(s);

/** Header value by case-insensitive name. */
export function header(req: { headers: Array<[string, string]> }, name: string): string | undefined {
  const n = name.toLowerCase();
  return req.headers.find(([k]) => k.toLowerCase() === n)?.[1];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** IMF-fixdate (RFC 9110 5.6.7). */
export function imfDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
}

/** A response with a body and Content-Type; Content-Length is added on the wire. */
export function respond(status: number, type: string | null, body: string | Uint8Array,
  extra: Array<[string, string]> = []): HttpResponse {
  const headers: Array<[string, string]> = type ? [['Content-Type', type], ...extra] : [...extra];
  return { status, headers, body: typeof body === 'string' ? utf8(body) : body };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function indexOfCrlfCrlf(b: Uint8Array): number {
  for (let i = 0; i + 3 < b.length; i++) {
    if (b[i] === 13 && b[i + 1] === 10 && b[i + 2] === 13 && b[i + 3] === 10) return i;
  }
  return -1;
}

type Parsed = { req: HttpRequest; used: number } | 'more' | 'bad';

/** Parse one request from the front of `buf`. */
export function parseRequest(buf: Uint8Array, scheme: 'http' | 'https', defHost: string, remote: Endpoint): Parsed {
  const end = indexOfCrlfCrlf(buf);
  if (end < 0) return buf.length > 65536 ? 'bad' : 'more';
  const lines = latin1.decode(buf.subarray(0, end)).split('\r\n');
  const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) HTTP\/(\d\.\d)$/.exec(lines[0] ?? '');
  if (!m) return 'bad';
  const headers: Array<[string, string]> = [];
  for (const l of lines.slice(1)) {
    const i = l.indexOf(':');
    if (i <= 0) return 'bad';
    headers.push([l.slice(0, i).trim(), l.slice(i + 1).trim()]);
  }
  let used = end + 4;
  let body: Uint8Array = new Uint8Array(0);
  const te = header({ headers }, 'transfer-encoding');
  if (te && /chunked/i.test(te)) {
    const r = dechunk(buf, used);
    if (r === 'more' || r === 'bad') return r;
    body = r.body;
    used = r.used;
  } else {
    const cl = Number(header({ headers }, 'content-length') ?? 0);
    if (!Number.isInteger(cl) || cl < 0) return 'bad';
    if (buf.length < used + cl) return 'more';
    body = buf.slice(used, used + cl);
    used += cl;
  }
  const target = m[2]!;
  const q = target.indexOf('?');
  const req: HttpRequest = {
    method: m[1]!, target, version: `HTTP/${m[3]}`, headers, body, scheme, remote,
    path: q < 0 ? target : target.slice(0, q), query: q < 0 ? '' : target.slice(q + 1),
    host: header({ headers }, 'host') ?? defHost,
  };
  return { req, used };
}

function dechunk(buf: Uint8Array, at: number): { body: Uint8Array; used: number } | 'more' | 'bad' {
  const parts: number[] = [];
  for (;;) {
    let eol = -1;
    for (let i = at; i + 1 < buf.length; i++) if (buf[i] === 13 && buf[i + 1] === 10) { eol = i; break; }
    if (eol < 0) return 'more';
    const size = parseInt(latin1.decode(buf.subarray(at, eol)).split(';')[0]!, 16);
    if (Number.isNaN(size)) return 'bad';
    at = eol + 2;
    if (size === 0) {
      if (buf.length < at + 2) return 'more';
      return { body: Uint8Array.from(parts), used: at + 2 };
    }
    if (buf.length < at + size + 2) return 'more';
    for (let i = 0; i < size; i++) parts.push(buf[at + i]!);
    at += size + 2;
  }
}

/** Serialise a response whose header list is complete; HEAD sends no body. */
export function serialize(res: HttpResponse, head: boolean, version: string, headers: Array<[string, string]>): Uint8Array {
  let text = `${version === 'HTTP/1.0' ? 'HTTP/1.0' : 'HTTP/1.1'} ${res.status} ${REASONS[res.status] ?? 'UNKNOWN'}\r\n`;
  for (const [k, v] of headers) text += `${k}: ${v}\r\n`;
  text += '\r\n';
  return head ? latin1Bytes(text) : concat(latin1Bytes(text), res.body);
}

/**
 * The usual layout: Date, the response's own headers with Content-Length
 * after Content-Type, Connection, then the server's trailing headers.
 */
export function standardHeaders(res: HttpResponse, keep: boolean, dateMs: number,
  trailing: Array<[string, string]>): Array<[string, string]> {
  const out: Array<[string, string]> = [['Date', imfDate(dateMs)]];
  let lenDone = res.headers.some(([k]) => k.toLowerCase() === 'content-length') || res.status === 304 || res.status === 204;
  for (const h of res.headers) {
    out.push(h);
    if (!lenDone && h[0].toLowerCase() === 'content-type') {
      out.push(['Content-Length', String(res.body.length)]);
      lenDone = true;
    }
  }
  if (!lenDone) out.push(['Content-Length', String(res.body.length)]);
  out.push(['Connection', keep ? 'keep-alive' : 'close']);
  out.push(...trailing);
  return out;
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 255;
  return out;
}

export interface ServeOptions {
  scheme: 'http' | 'https';
  hostName: string;
  site: Site;
  /** The full header list of a response on the wire. */
  headers: (res: HttpResponse, keep: boolean) => Array<[string, string]>;
  /** Run a callback later (virtual ms). */
  later: (ms: number, cb: () => void) => void;
  write: (b: Uint8Array) => void;
  close: () => void;
  remote: Endpoint;
}

/** The HTTP side of a connection: parse requests in order, answer each. */
export function httpHandler(o: ServeOptions): StreamHandler {
  let buf: Uint8Array = new Uint8Array(0);
  let busy = false;
  let done = false;
  let peerEnded = false;
  const next = (): void => {
    if (busy || done) return;
    const p = parseRequest(buf, o.scheme, o.hostName, o.remote);
    if (p === 'more') {
      if (peerEnded) {
        done = true;
        o.close();
      }
      return;
    }
    if (p === 'bad') {
      done = true;
      const bad = respond(400, 'text/html', '<html><body><h1>400 Bad Request</h1></body></html>\n');
      o.write(serialize(bad, false, 'HTTP/1.1', o.headers(bad, false)));
      o.close();
      return;
    }
    buf = buf.slice(p.used);
    const req = p.req;
    const answer = o.site(req);
    busy = true;
    if ('wait' in answer) answer.wait((res) => reply(req, res));
    else reply(req, answer);
  };
  const reply = (req: HttpRequest, res: HttpResponse): void => {
    const conn = (header(req, 'connection') ?? '').toLowerCase();
    const keep = !res.close && (req.version === 'HTTP/1.1' ? conn !== 'close' : conn === 'keep-alive');
    const send = (): void => {
      busy = false;
      o.write(serialize(res, req.method === 'HEAD', req.version, o.headers(res, keep)));
      if (!keep) {
        done = true;
        o.close();
        return;
      }
      next();
    };
    if (res.delayMs) o.later(res.delayMs, send);
    else send();
  };
  return {
    data(bytes) {
      buf = concat(buf, bytes);
      next();
    },
    end() {
      peerEnded = true;
      next();
    },
  };
}
