/**
 * wget (GNU Wget 1.21.3, the HTTP subset): fetch each URL over curl's HTTP
 * client (curl.ts `exchange`), save it under the URL's file name (name.1,
 * name.2 ... when taken) or -O FILE / -O -, with wget's log on stderr and
 * the exit statuses of wget(1) EXIT STATUS: 1 generic, 2 parse error,
 * 3 file I/O, 4 network failure, 5 SSL verification, 8 server error.
 */
import { O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_WRONLY } from '../abi/fcntl.ts';
import { strerror } from '../abi/errno.ts';
import { defineProgram, type Ctx, type Gen } from '../programs/runtime.ts';
import { getopt } from '../programs/lib/args.ts';
import { strftime } from '../programs/lib/time.ts';
import { CurlError, exchange, type Response, type Transfer } from './curl.ts';
import { parseCurl, parseUrl, resolveLocation, type CurlOpts, type Url } from './curl-opts.ts';
import { nowMs } from './lib.ts';
import { barFinal, dotProgress, humanSize, humanTime, retrRate } from './wget-text.ts';

const VERSION = '1.21.3';
type Verbosity = 'quiet' | 'nv' | 'verbose';

interface WgetOpts {
  output: string | null;
  verbosity: Verbosity;
  serverResponse: boolean;
  spider: boolean;
  cont: boolean;
  noCheckCert: boolean;
  userAgent: string;
  maxRedirect: number;
  /** -T: the connect timeout (ms; 0 none). */
  timeoutMs: number;
  /** -t: attempts per URL (0: no limit). */
  tries: number;
  urls: string[];
}

/** What the whole run keeps: the live connection, totals, the exit status. */
interface Run {
  o: WgetOpts;
  /** "host:port" of the connection the server kept open, if any. */
  alive: string | null;
  files: number;
  bytes: number;
  secs: number;
  status: number;
  /** fd of -O FILE, opened before the first download (or 1 for -O -). */
  outFd: number;
}

class WgetExit {
  constructor(readonly status: number) {}
}

/** A failure wget tries again (a timed-out connection, a read error). */
class WgetRetry {}

const SPEC = {
  short: 'O:qvScn:U:t:T:hV',
  long: {
    'output-document': 'O:', quiet: 'q', verbose: 'v', 'no-verbose': 'nv', 'server-response': 'S', spider: 'spider',
    continue: 'c', 'no-check-certificate': 'insecure', 'user-agent': 'U:', tries: 't:', timeout: 'T:',
    'max-redirect': 'maxredir:', help: 'h', version: 'V',
  },
};

function* usage(ctx: Ctx, msg: string, status: number): Gen<number> {
  yield* ctx.err(`${ctx.name}: ${msg}\nUsage: ${ctx.name} [OPTION]... [URL]...\n\nTry \`${ctx.name} --help' for more options.\n`);
  return status;
}

function* parseArgs(ctx: Ctx): Gen<WgetOpts | number> {
  const p = getopt(ctx.argv.slice(1), SPEC);
  if (p.error !== undefined) return yield* usage(ctx, p.error, 2);
  const o: WgetOpts = {
    output: null, verbosity: 'verbose', serverResponse: false, spider: false, cont: false, noCheckCert: false,
    userAgent: `Wget/${VERSION}`, maxRedirect: 20, timeoutMs: 0, tries: 20, urls: p.operands,
  };
  for (const [k, v] of p.opts) {
    if (k === 'O') o.output = v!;
    else if (k === 'q') o.verbosity = 'quiet';
    else if (k === 'v') o.verbosity = 'verbose';
    else if (k === 'nv' || (k === 'n' && v === 'v')) o.verbosity = 'nv';
    else if (k === 'S') o.serverResponse = true;
    else if (k === 'spider') o.spider = true;
    else if (k === 'c') o.cont = true;
    else if (k === 'insecure') o.noCheckCert = true;
    else if (k === 'U') o.userAgent = v!;
    else if (k === 'maxredir') o.maxRedirect = Number(v);
    else if (k === 't') {
      if (!/^(\d+|inf)$/.test(v!)) return yield* usage(ctx, `--tries: Invalid number ${ctx.q(v!)}.`, 2);
      o.tries = v === 'inf' ? 0 : Number(v);
    } else if (k === 'T') {
      if (!/^\d+(\.\d*)?$/.test(v!)) return yield* usage(ctx, `--timeout: Invalid time period ${ctx.q(v!)}`, 2);
      o.timeoutMs = Number(v) * 1000;
    }
    else if (k === 'V') {
      yield* ctx.out(`GNU Wget ${VERSION} built on linux-gnu.\n`);
      return 0;
    } else if (k === 'h') {
      yield* ctx.out(`GNU Wget ${VERSION}, a non-interactive network retriever.\nUsage: ${ctx.name} [OPTION]... [URL]...\n`);
      return 0;
    } else if (k === 'n') return yield* usage(ctx, `invalid option -- 'n${v}'`, 2);
  }
  if (o.urls.length === 0) return yield* usage(ctx, 'missing URL', 1);
  return o;
}

/** Log at verbose level (not with -nv or -q). */
function* info(ctx: Ctx, r: Run, text: string): Gen<void> {
  if (r.o.verbosity === 'verbose') yield* ctx.err(text);
}

/** Log unless -q (LOG_NOTQUIET). */
function* notQuiet(ctx: Ctx, r: Run, text: string): Gen<void> {
  if (r.o.verbosity !== 'quiet') yield* ctx.err(text);
}

function stamp(ctx: Ctx): string {
  return strftime('%Y-%m-%d %H:%M:%S', ctx.sys.clockGettime('realtime')[0]);
}

/** wget's exit status keeps the first failure unless a more specific one (lower, not 1) follows. */
function fail(r: Run, status: number): void {
  if (r.status === 0 || (status !== 1 && status < r.status)) r.status = status;
}

function curlOpts(r: Run, range: number): CurlOpts {
  const p = parseCurl(['-s', 'http://localhost/']);
  if (!('opts' in p)) throw new WgetExit(1);
  const o = p.opts;
  o.userAgent = r.o.userAgent;
  o.insecure = r.o.noCheckCert;
  o.headers = ['Accept-Encoding: identity', 'Connection: Keep-Alive'];
  if (range > 0) o.headers.unshift(`Range: bytes=${range}-`);
  if (r.o.timeoutMs > 0) o.connectTimeoutMs = r.o.timeoutMs;
  return o;
}

const hdr = (res: Response, name: string): string | undefined =>
  res.headers.find(([k]) => k.toLowerCase() === name)?.[1];

/** The local name wget picks: the last path segment (query kept), index.html for none. */
function remoteName(u: Url): string {
  const seg = u.target.replace(/^\/*/, '/').split('/').pop() ?? '';
  return seg === '' || seg.startsWith('?') ? `index.html${seg}` : decodeURIComponent(seg.replace(/%(?![0-9a-fA-F]{2})/g, '%25'));
}

/** The certificate complaint GnuTLS builds of Wget print, from curl's verify message. */
function certError(ctx: Ctx, host: string, msg: string): string {
  const q = ctx.q(host);
  if (/no alternative certificate subject name/.test(msg)) return `ERROR: The certificate of ${q} is not trusted.\nThe certificate's owner does not match hostname ${q}\n`;
  const why = /expired/.test(msg) ? 'has expired' : /self.signed|local issuer/.test(msg) ? "hasn't got a known issuer" : 'is not trusted';
  return `ERROR: The certificate of ${q} is not trusted.\nERROR: The certificate of ${q} ${why}.\n`;
}

/** Resolve, connect and send one request; prints wget's connection lines. */
function* request(ctx: Ctx, r: Run, url: Url, method: string, range: number): Gen<Response> {
  const key = `${url.host}:${url.port}`;
  const reused = r.alive === key;
  if (reused) yield* info(ctx, r, `Reusing existing connection to ${key}.\n`);
  else {
    r.alive = null;
    const literal = /^\d+\.\d+\.\d+\.\d+$/.test(url.host);
    let ip = url.host;
    if (!literal) {
      yield* info(ctx, r, `Resolving ${url.host} (${url.host})... `);
      const addrs = ctx.sys.resolve(url.host);
      if (typeof addrs === 'number' || addrs.length === 0) {
        yield* info(ctx, r, 'failed: Name or service not known.\n');
        yield* notQuiet(ctx, r, `${ctx.name}: unable to resolve host address ${ctx.q(url.host)}\n`);
        throw new WgetExit(4);
      }
      yield* info(ctx, r, `${addrs.join(', ')}\n`);
      ip = addrs[0]!;
    }
    yield* info(ctx, r, literal ? `Connecting to ${ip}:${url.port}... ` : `Connecting to ${url.host} (${url.host})|${ip}|:${url.port}... `);
  }
  const t: Transfer = { url, ip: '', response: null, redirects: 0, start: nowMs(ctx) };
  try {
    const res = yield* exchange(ctx, curlOpts(r, range), t, method, null);
    if (!reused) yield* info(ctx, r, 'connected.\n');
    r.alive = /close/i.test(hdr(res, 'connection') ?? '') ? null : key;
    return res;
  } catch (e) {
    if (!(e instanceof CurlError)) throw e;
    r.alive = null;
    if (e.code === 7 || e.code === 28) {
      yield* info(ctx, r, `failed: ${e.code === 7 ? strerror(-(e.errno || 111)) : 'Connection timed out'}.\n`);
      throw e.code === 28 ? new WgetRetry() : new WgetExit(4);
    }
    if (!reused) yield* info(ctx, r, 'connected.\n');
    if (e.code === 60) {
      yield* notQuiet(ctx, r, `${certError(ctx, url.host, e.msg)}To connect to ${url.host} insecurely, use \`--no-check-certificate'.\n`);
      throw new WgetExit(5);
    }
    if (e.code === 35) {
      yield* notQuiet(ctx, r, `GnuTLS: Error in the pull function.\nUnable to establish SSL connection.\n`);
      throw new WgetExit(4);
    }
    yield* info(ctx, r, 'HTTP request sent, awaiting response... ');
    yield* notQuiet(ctx, r, e.code === 52 ? 'No data received.\n' : `Read error (${e.msg.replace(/^Recv failure: ?/, '') || 'Unknown error'}) in headers.\n`);
    throw new WgetRetry();
  }
}

/** "awaiting response..." with the status line, or with -S the whole head. */
function* responseLines(ctx: Ctx, r: Run, res: Response): Gen<void> {
  yield* info(ctx, r, 'HTTP request sent, awaiting response... ');
  if (r.o.serverResponse && r.o.verbosity !== 'quiet') {
    const lines = new TextDecoder('latin1').decode(res.rawHead).split(/\r?\n/).filter((l) => l !== '');
    yield* ctx.err(`\n${lines.map((l) => `  ${l}\n`).join('')}`);
  } else {
    const line = new TextDecoder('latin1').decode(res.rawHead).split(/\r?\n/)[0] ?? '';
    yield* info(ctx, r, `${line.replace(/^HTTP\/\S+ /, '')}\n`);
  }
}

function lengthLine(res: Response): string {
  const len = hdr(res, 'content-length');
  const type = hdr(res, 'content-type');
  let s = 'Length: ';
  if (len === undefined) s += 'unspecified';
  else s += Number(len) >= 1024 ? `${len} (${humanSize(Number(len))})` : len;
  return `${s}${type ? ` [${type}]` : ''}\n`;
}

/** Open the file the download goes to: a free name, or -c's partial file. */
function* openTarget(ctx: Ctx, r: Run, name: string): Gen<{ fd: number; name: string }> {
  if (r.outFd >= 0) return { fd: r.outFd, name: r.o.output === '-' ? 'STDOUT' : r.o.output! };
  if (r.o.cont) {
    const fd = ctx.sys.open(name, O_WRONLY | O_CREAT | O_APPEND, 0o666);
    if (fd >= 0) return { fd, name };
    yield* notQuiet(ctx, r, `${name}: ${strerror(fd)}\n`);
    throw new WgetExit(3);
  }
  for (let n = 0; ; n++) {
    const cand = n === 0 ? name : `${name}.${n}`;
    const fd = ctx.sys.open(cand, O_WRONLY | O_CREAT | O_EXCL, 0o666);
    if (fd >= 0) return { fd, name: cand };
    if (fd !== -17 || n > 9999) {
      yield* notQuiet(ctx, r, `${cand}: ${strerror(fd)}\n`);
      throw new WgetExit(3);
    }
  }
}

/** Existing size of -c's file (0 when absent). */
function partialSize(ctx: Ctx, r: Run, name: string): number {
  if (!r.o.cont || r.outFd >= 0) return 0;
  const st = ctx.sys.stat(name);
  return typeof st === 'number' ? 0 : st.size;
}

function* writeAll(ctx: Ctx, fd: number, data: Uint8Array): Gen<number> {
  if (data.length === 0) return 0;
  if (fd === 1) return yield* ctx.out(data);
  return yield* ctx.write(fd, data);
}

/** Save a 200 response's body, with the progress and the "saved" line. */
function* save(ctx: Ctx, r: Run, url: Url, res: Response, restval: number, secs: number): Gen<void> {
  const total = hdr(res, 'content-length') === undefined ? null : Number(hdr(res, 'content-length'));
  if (restval > 0 && total !== null && total <= restval) {
    yield* info(ctx, r, '\n    The file is already fully retrieved; nothing to do.\n\n');
    return;
  }
  yield* info(ctx, r, lengthLine(res));
  const { fd, name } = yield* openTarget(ctx, r, remoteName(url));
  const body = res.body.subarray(Math.min(restval, res.body.length));
  yield* info(ctx, r, `Saving to: ${ctx.q(name)}\n\n`);
  const w = yield* writeAll(ctx, fd, body);
  if (fd !== r.outFd) ctx.sys.close(fd);
  if (w < 0) {
    yield* notQuiet(ctx, r, `Cannot write to ${ctx.q(name)} (${strerror(w)}).\n`);
    throw new WgetExit(3);
  }
  const tty = ctx.sys.tiocgwinsz(2);
  if (typeof tty !== 'number') yield* info(ctx, r, `${barFinal(name, body.length + restval, total, secs, tty.cols)}\n`);
  else yield* info(ctx, r, dotProgress(body.length, total, restval, secs));
  const got = body.length + restval;
  const of = total === null ? `[${got}]` : `[${got}/${total}]`;
  const where = r.o.output === '-' ? 'written to stdout' : `${ctx.q(name)} saved`;
  yield* info(ctx, r, `${stamp(ctx)} (${retrRate(body.length, secs)}) - ${where} ${of}\n\n`);
  if (r.o.verbosity === 'nv') yield* ctx.err(`${stamp(ctx)} URL:${url.text} ${of} -> "${r.o.output === '-' ? '-' : name}" [1]\n`);
  r.files++;
  r.bytes += body.length;
  r.secs += secs;
}

/** One URL from the command line, redirects followed. */
function* retrieve(ctx: Ctx, r: Run, text: string): Gen<void> {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(text)?.[1];
  if (scheme !== undefined && !/^https?$/i.test(scheme)) {
    yield* notQuiet(ctx, r, `${text}: Unsupported scheme ${ctx.q(scheme.toLowerCase())}.\n`);
    throw new WgetExit(1);
  }
  const first = parseUrl(text);
  if ('error' in first) {
    yield* notQuiet(ctx, r, `${text}: Invalid URL.\n`);
    throw new WgetExit(1);
  }
  let url = first;
  const saveName = remoteName(first);
  const restval = partialSize(ctx, r, saveName);
  for (let hops = 0; ; hops++) {
    const t0 = nowMs(ctx);
    const res = yield* tries(ctx, r, url, restval);
    const secs = (nowMs(ctx) - t0) / 1000;
    yield* responseLines(ctx, r, res);
    const loc = hdr(res, 'location');
    if (res.status >= 300 && res.status < 400 && loc !== undefined && res.status !== 304) {
      const next = resolveLocation(url, loc);
      yield* info(ctx, r, `Location: ${next} [following]\n`);
      const nu = parseUrl(next);
      if ('error' in nu || hops + 1 > r.o.maxRedirect) {
        yield* notQuiet(ctx, r, `${r.o.maxRedirect} redirections exceeded.\n`);
        throw new WgetExit(8);
      }
      url = nu;
      continue;
    }
    if (res.status >= 400) {
      const reason = (new TextDecoder('latin1').decode(res.rawHead).split(/\r?\n/)[0] ?? '').replace(/^HTTP\/\S+ \d+ ?/, '');
      if (r.o.spider) yield* info(ctx, r, 'Remote file does not exist -- broken link!!!\n\n');
      else {
        if (r.o.verbosity === 'nv') yield* ctx.err(`${url.text}:\n`);
        yield* notQuiet(ctx, r, `${stamp(ctx)} ERROR ${res.status}: ${reason}.\n${r.o.verbosity === 'verbose' ? '\n' : ''}`);
      }
      throw new WgetExit(8);
    }
    if (r.o.spider) {
      yield* info(ctx, r, `${lengthLine(res)}Remote file exists.\n\n`);
      return;
    }
    yield* save(ctx, r, first, { ...res }, restval, secs);
    return;
  }
}

/** The request, tried again after timeouts and read errors up to -t times, waiting 1 s more each time (at most 10). */
function* tries(ctx: Ctx, r: Run, url: Url, restval: number): Gen<Response> {
  for (let n = 1; ; n++) {
    yield* info(ctx, r, `--${stamp(ctx)}--  ${n > 1 ? `(try:${String(n).padStart(2)})  ` : ''}${url.text}\n`);
    try {
      return yield* request(ctx, r, url, r.o.spider ? 'HEAD' : 'GET', restval);
    } catch (e) {
      if (!(e instanceof WgetRetry)) throw e;
      if (r.o.tries > 0 && n >= r.o.tries) {
        yield* info(ctx, r, 'Giving up.\n\n');
        throw new WgetExit(4);
      }
      yield* info(ctx, r, 'Retrying.\n\n');
      yield* ctx.sleep(Math.min(n, 10) * 1000);
    }
  }
}

function* openOutput(ctx: Ctx, r: Run): Gen<boolean> {
  if (r.o.output === null || r.o.spider) return true;
  if (r.o.output === '-') {
    r.outFd = 1;
    return true;
  }
  const fd = ctx.sys.open(r.o.output, O_WRONLY | O_CREAT | (r.o.cont ? O_APPEND : O_TRUNC), 0o666);
  if (fd < 0) {
    yield* ctx.err(`${r.o.output}: ${strerror(fd)}\n`);
    return false;
  }
  r.outFd = fd;
  return true;
}

export const wget = defineProgram('wget', function* (ctx) {
  const o = yield* parseArgs(ctx);
  if (typeof o === 'number') return o;
  const r: Run = { o, alive: null, files: 0, bytes: 0, secs: 0, status: 0, outFd: -1 };
  if (!(yield* openOutput(ctx, r))) return 1;
  const start = nowMs(ctx);
  if (o.spider) yield* info(ctx, r, 'Spider mode enabled. Check if remote file exists.\n');
  for (const u of o.urls) {
    try {
      yield* retrieve(ctx, r, u);
    } catch (e) {
      if (!(e instanceof WgetExit)) throw e;
      fail(r, e.status);
    }
  }
  if (r.outFd > 2) ctx.sys.close(r.outFd);
  yield* ctx.flush();
  if (o.urls.length > 1) {
    yield* notQuiet(ctx, r, `FINISHED --${stamp(ctx)}--\nTotal wall clock time: ${humanTime((nowMs(ctx) - start) / 1000)}\n`);
    if (r.files > 0) yield* notQuiet(ctx, r, `Downloaded: ${r.files} files, ${humanSize(r.bytes)} in ${humanTime(r.secs)} (${retrRate(r.bytes, r.secs)})\n`);
  }
  return r.status;
});
