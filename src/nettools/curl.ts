/**
 * curl (7.88 behaviour): one HTTP/1.1 transfer per URL over plain TCP or the
 * machine's simulated TLS, with curl's messages, exit codes, verbose trace,
 * -i/-I/-o/-O/-L/-f/-w and the time limits.
 */
import { ECONNRESET, ETIMEDOUT } from '../abi/errno.ts';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../abi/fcntl.ts';
import { AF_INET, SOCK_STREAM } from '../abi/socket.ts';
import { defineProgram, utf8, type Ctx, type Gen } from '../programs/runtime.ts';
import { CA_BUNDLE } from '../net/hosts/index.ts';
import { parseTrustStore, verifyChain, verifyMessage } from '../net/hosts/tls.ts';
import type { Certificate, VerifyFailure } from '../net/hosts/tls.ts';
import { parseCurl, parseUrl, resolveLocation, type CurlOpts, type Url } from './curl-opts.ts';
import { connectTimeout, nowMs, readText } from './lib.ts';
import { ClientStream } from './stream.ts';
import { progressFinal, PROGRESS_HEAD, tlsVerbose } from './curl-text.ts';

export const CURL_VERSION = '7.88.1';
const MORE_DETAILS = 'More details here: https://curl.se/docs/sslcerts.html\n\n' +
  'curl failed to verify the legitimacy of the server and therefore could not\n' +
  'establish a secure connection to it. To learn more about this situation and\n' +
  'how to fix it, please visit the web page mentioned above.\n';

/** A failed transfer: curl's exit code and message. */
export class CurlError {
  constructor(readonly code: number, readonly msg: string, readonly extra = '', readonly errno = 0) {}
}

export interface Response {
  status: number;
  headers: Array<[string, string]>;
  rawHead: Uint8Array;
  body: Uint8Array;
}

export interface Transfer {
  url: Url;
  ip: string;
  response: Response | null;
  redirects: number;
  start: number;
}

function hdr(h: Array<[string, string]>, name: string): string | undefined {
  return h.find(([k]) => k.toLowerCase() === name)?.[1];
}

function* verbose(ctx: Ctx, o: CurlOpts, text: string): Gen<void> {
  if (o.verbose) yield* ctx.err(text);
}

function buildRequest(o: CurlOpts, url: Url, method: string, body: Uint8Array | null): string {
  const custom = o.headers.map((h) => {
    const i = h.indexOf(':');
    return i < 0 ? [h.replace(/;$/, ''), ''] : [h.slice(0, i).trim(), h.slice(i + 1).trim()];
  });
  const has = (n: string): boolean => custom.some(([k]) => k!.toLowerCase() === n);
  const lines = [`${method} ${url.target} HTTP/1.1`];
  if (!has('host')) lines.push(`Host: ${url.hostHeader}`);
  if (o.user !== null && !has('authorization')) lines.push(`Authorization: Basic ${btoa(o.user.includes(':') ? o.user : `${o.user}:`)}`);
  if (!has('user-agent')) lines.push(`User-Agent: ${o.userAgent ?? `curl/${CURL_VERSION}`}`);
  if (o.json) {
    if (!has('content-type')) custom.push(['Content-Type', 'application/json']);
    if (!has('accept')) custom.push(['Accept', 'application/json']);
  } else if (!has('accept')) lines.push('Accept: */*');
  for (const [k, v] of custom) if (v !== '') lines.push(`${k}: ${v}`);
  if (body) {
    if (!has('content-length')) lines.push(`Content-Length: ${body.length}`);
    if (!has('content-type')) lines.push('Content-Type: application/x-www-form-urlencoded');
  }
  return lines.join('\r\n') + '\r\n\r\n';
}

function* requestBody(ctx: Ctx, o: CurlOpts): Gen<Uint8Array | null> {
  if (!o.data) return null;
  const parts: string[] = [];
  for (const d of o.data) {
    if (d.startsWith('@')) {
      const t = d === '@-' ? null : yield* readText(ctx, d.slice(1));
      if (t === null) yield* ctx.err(`Warning: Couldn't read data from file "${d.slice(1)}", this makes an empty POST.\n`);
      parts.push((t ?? '').replace(/[\r\n]/g, ''));
    } else parts.push(d);
  }
  return utf8(parts.join('&'));
}

function* connect(ctx: Ctx, o: CurlOpts, url: Url, start: number): Gen<{ fd: number; ip: string }> {
  const addrs = ctx.sys.resolve(url.host);
  if (typeof addrs === 'number' || addrs.length === 0) throw new CurlError(6, `Could not resolve host: ${url.host}`);
  const ip = addrs[0]!;
  yield* verbose(ctx, o, `*   Trying ${ip}:${url.port}...\n`);
  const fd = ctx.sys.socket(AF_INET, SOCK_STREAM, 0);
  const limit = o.connectTimeoutMs || o.maxTimeMs || 300_000;
  const r = yield* connectTimeout(ctx, fd, { family: 'inet', addr: ip, port: url.port }, limit);
  const took = Math.round(nowMs(ctx) - start);
  if (r === -ETIMEDOUT) {
    ctx.sys.close(fd);
    throw new CurlError(28, `Failed to connect to ${url.host} port ${url.port} after ${took} ms: Timeout was reached`);
  }
  if (r < 0) {
    ctx.sys.close(fd);
    throw new CurlError(7, `Failed to connect to ${url.host} port ${url.port} after ${took} ms: Couldn't connect to server`, '', -r);
  }
  yield* verbose(ctx, o, `* Connected to ${url.host} (${ip}) port ${url.port} (#0)\n`);
  return { fd, ip };
}

function* startTls(ctx: Ctx, o: CurlOpts, s: ClientStream, url: Url): Gen<void> {
  const bundle = yield* readText(ctx, CA_BUNDLE);
  if (bundle === null && !o.insecure) {
    throw new CurlError(77, `error setting certificate file: ${CA_BUNDLE}`);
  }
  const roots: Certificate[] = parseTrustStore(bundle ?? '');
  const [sec] = ctx.sys.clockGettime('realtime');
  const check = (chain: Certificate[]): VerifyFailure | null => (o.insecure ? null : verifyChain(chain, url.host, sec * 1000, roots));
  const t = yield* s.handshake(url.host, check);
  const why = o.insecure ? null : verifyChain(t.chain, url.host, sec * 1000, roots);
  yield* verbose(ctx, o, tlsVerbose(t, url.host, why, o.insecure));
  if (t.state === 'established') return;
  if (t.failure === 'hostname') {
    throw new CurlError(60, `SSL: no alternative certificate subject name matches target host name '${url.host}'`, MORE_DETAILS);
  }
  if (t.failure && t.failure !== 'alert' && t.failure !== 'protocol') {
    throw new CurlError(60, `SSL certificate problem: ${verifyMessage(t.failure)}`, MORE_DETAILS);
  }
  throw new CurlError(35, `OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to ${url.host}:${url.port} `);
}

/** Read the status line and headers. */
function* readHead(s: ClientStream): Gen<{ status: number; headers: Array<[string, string]>; raw: Uint8Array } | null> {
  let buf = new Uint8Array(0);
  for (;;) {
    const i = findHeadEnd(buf);
    if (i >= 0) {
      s.unread(buf.slice(i));
      const raw = buf.slice(0, i);
      const lines = new TextDecoder('latin1').decode(raw).split(/\r?\n/).filter((l) => l !== '');
      const m = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(lines[0] ?? '');
      if (!m) return null;
      const headers = lines.slice(1).map((l): [string, string] => {
        const c = l.indexOf(':');
        return [l.slice(0, c), l.slice(c + 1).trim()];
      });
      return { status: Number(m[1]), headers, raw };
    }
    const r = yield* s.read();
    if (typeof r === 'number') throw readError(r, s);
    if (r.length === 0) {
      if (buf.length === 0) throw new CurlError(52, 'Empty reply from server');
      return null;
    }
    const nb = new Uint8Array(buf.length + r.length);
    nb.set(buf);
    nb.set(r, buf.length);
    buf = nb;
  }
}

function findHeadEnd(b: Uint8Array): number {
  for (let i = 0; i + 1 < b.length; i++) {
    if (b[i] === 10 && b[i + 1] === 10) return i + 2;
    if (b[i] === 10 && b[i + 1] === 13 && b[i + 2] === 10) return i + 3;
  }
  return -1;
}

function readError(r: number, s: ClientStream): CurlError {
  if (r === -ETIMEDOUT) return new CurlError(28, `Operation timed out after %T milliseconds with ${s.received} bytes received`);
  if (r === -ECONNRESET) return new CurlError(56, 'Recv failure: Connection reset by peer');
  return new CurlError(56, 'Recv failure');
}

function* readBody(s: ClientStream, headers: Array<[string, string]>, noBody: boolean): Gen<Uint8Array> {
  if (noBody) return new Uint8Array(0);
  const te = hdr(headers, 'transfer-encoding');
  const cl = hdr(headers, 'content-length');
  const parts: number[] = [];
  let want = cl !== undefined ? Number(cl) : Infinity;
  let raw: number[] = [];
  for (;;) {
    if (!te && parts.length >= want) break;
    if (te && /chunked/i.test(te)) {
      const d = dechunk(raw);
      if (d) return Uint8Array.from(d);
    }
    const r = yield* s.read();
    if (typeof r === 'number') throw readError(r, s);
    if (r.length === 0) {
      if (want !== Infinity && parts.length < want) {
        throw new CurlError(18, `transfer closed with ${want - parts.length} bytes remaining to read`);
      }
      break;
    }
    if (te) raw = raw.concat(Array.from(r));
    else for (const b of r) parts.push(b);
  }
  if (want !== Infinity && parts.length > want) parts.length = want;
  want = 0;
  return Uint8Array.from(parts);
}

function dechunk(raw: number[]): number[] | null {
  const out: number[] = [];
  let at = 0;
  for (;;) {
    let eol = -1;
    for (let i = at; i + 1 < raw.length; i++) if (raw[i] === 13 && raw[i + 1] === 10) { eol = i; break; }
    if (eol < 0) return null;
    const size = parseInt(String.fromCharCode(...raw.slice(at, eol)), 16);
    at = eol + 2;
    if (!size) return out;
    if (raw.length < at + size + 2) return null;
    out.push(...raw.slice(at, at + size));
    at += size + 2;
  }
}

/** One request/response on a fresh connection; throws CurlError. */
export function* exchange(ctx: Ctx, o: CurlOpts, t: Transfer, method: string, body: Uint8Array | null): Gen<Response> {
  const { fd, ip } = yield* connect(ctx, o, t.url, t.start);
  t.ip = ip;
  const s = new ClientStream(ctx, fd);
  if (o.maxTimeMs) s.deadline = t.start + o.maxTimeMs;
  try {
    if (t.url.scheme === 'https') yield* startTls(ctx, o, s, t.url);
    const req = buildRequest(o, t.url, method, body);
    yield* verbose(ctx, o, req.split('\r\n').slice(0, -1).map((l) => `> ${l}\n`).join(''));
    yield* s.write(body ? joinBytes(utf8(req), body) : utf8(req));
    const head = yield* readHead(s);
    if (!head) throw new CurlError(1, 'Received HTTP/0.9 when not allowed');
    yield* verbose(ctx, o, new TextDecoder('latin1').decode(head.raw).split(/\r?\n/).slice(0, -1).map((l) => `< ${l}\n`).join(''));
    const noBody = method === 'HEAD' || head.status === 204 || head.status === 304;
    const data = yield* readBody(s, head.headers, noBody);
    const keep = !/close/i.test(hdr(head.headers, 'connection') ?? '');
    yield* verbose(ctx, o, keep ? `* Connection #0 to host ${t.url.host} left intact\n` : '* Closing connection 0\n');
    return { status: head.status, headers: head.headers, rawHead: head.raw, body: data };
  } finally {
    ctx.sys.close(fd);
  }
}

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function* deliver(ctx: Ctx, o: CurlOpts, t: Transfer, res: Response, outFd: number): Gen<void> {
  if (o.include || o.head) yield* write(ctx, outFd, res.rawHead);
  yield* write(ctx, outFd, res.body);
}

function* write(ctx: Ctx, fd: number, data: Uint8Array): Gen<void> {
  if (data.length === 0) return;
  if (fd === 1) yield* ctx.out(data);
  else yield* ctx.write(fd, data);
}

function writeOut(fmt: string, t: Transfer, elapsedMs: number): string {
  const r = t.response;
  const vars: Record<string, string> = {
    http_code: String(r?.status ?? 0).padStart(3, '0'), response_code: String(r?.status ?? 0).padStart(3, '0'),
    content_type: (r && hdr(r.headers, 'content-type')) ?? '', size_download: String(r?.body.length ?? 0),
    url_effective: t.url.text, num_redirects: String(t.redirects), remote_ip: t.ip, remote_port: String(t.url.port),
    time_total: (elapsedMs / 1000).toFixed(6), redirect_url: '',
  };
  return fmt.replace(/%\{([a-z_]+)\}|\\n|\\t|\\r|%%/g, (m, name: string | undefined) => {
    if (m === '\\n') return '\n';
    if (m === '\\t') return '\t';
    if (m === '\\r') return '\r';
    if (m === '%%') return '%';
    return vars[name!] ?? '';
  });
}

function* fetchUrl(ctx: Ctx, o: CurlOpts, text: string): Gen<number> {
  const u = parseUrl(text);
  if ('error' in u) throw new CurlError(u.code, u.error);
  const t: Transfer = { url: u, ip: '', response: null, redirects: 0, start: nowMs(ctx) };
  const body0 = yield* requestBody(ctx, o);
  let method = o.method ?? (o.head ? 'HEAD' : body0 ? 'POST' : 'GET');
  let body = body0;
  const showProgress = !o.silent && (o.output !== null || o.remoteName || typeof ctx.sys.ttyname(1) !== 'string');
  if (showProgress) yield* ctx.err(PROGRESS_HEAD);
  let outFd = 1;
  try {
    for (;;) {
      const res = yield* exchange(ctx, o, t, method, body);
      t.response = res;
      const loc = hdr(res.headers, 'location');
      if (o.location && loc && res.status >= 300 && res.status < 400) {
        if (t.redirects >= o.maxRedirs) throw new CurlError(47, `Maximum (${o.maxRedirs}) redirects followed`);
        const next = resolveLocation(t.url, loc);
        yield* verbose(ctx, o, `* Issue another request to this URL: '${next}'\n`);
        const nu = parseUrl(next);
        if ('error' in nu) throw new CurlError(nu.code, nu.error);
        if ((o.include || o.head) && !o.fail) yield* deliver(ctx, o, t, { ...res, body: new Uint8Array(0) }, outFd);
        if (res.status <= 303 && method === 'POST' && o.method === null) {
          method = 'GET';
          body = null;
        }
        t.url = nu;
        t.redirects++;
        continue;
      }
      if (o.fail && res.status >= 400) throw new CurlError(22, `The requested URL returned error: ${res.status}`);
      if (o.output !== null || o.remoteName) {
        const name = o.output ?? (t.url.target.split('?')[0]!.split('/').pop() ?? '');
        if (!name) throw new CurlError(23, 'Failed writing received data to disk/application', '', );
        outFd = ctx.sys.open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
        if (outFd < 0) throw new CurlError(23, `Failure writing output to destination`);
      }
      yield* deliver(ctx, o, t, res, outFd);
      break;
    }
  } finally {
    if (outFd > 2) ctx.sys.close(outFd);
    if (showProgress) yield* ctx.err(progressFinal(t.response?.body.length ?? 0, nowMs(ctx) - t.start));
  }
  if (o.writeOut !== null) yield* ctx.out(writeOut(o.writeOut, t, nowMs(ctx) - t.start));
  return 0;
}

export const curl = defineProgram('curl', function* (ctx) {
  const p = parseCurl(ctx.argv.slice(1));
  if ('error' in p) {
    yield* ctx.err(`curl: ${p.error}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
    return p.code;
  }
  const o = p.opts;
  let status = 0;
  for (const url of o.urls) {
    const start = nowMs(ctx);
    try {
      status = yield* fetchUrl(ctx, o, url);
    } catch (e) {
      if (!(e instanceof CurlError)) throw e;
      yield* ctx.flush();
      if (!o.silent || o.showError) {
        const msg = e.msg.replace('%T', String(Math.round(nowMs(ctx) - start)));
        yield* ctx.err(`curl: (${e.code}) ${msg}\n${e.extra}`);
      }
      status = e.code;
    }
  }
  return status;
});
