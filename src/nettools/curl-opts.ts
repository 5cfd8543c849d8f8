/** curl's command line (the subset the machine supports), parsed the way curl 7.88 reads it. */

export interface CurlOpts {
  urls: string[];
  method: string | null;
  data: string[] | null;
  /** --json: sets JSON Content-Type and Accept. */
  json: boolean;
  headers: string[];
  include: boolean;
  head: boolean;
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  location: boolean;
  fail: boolean;
  insecure: boolean;
  output: string | null;
  remoteName: boolean;
  writeOut: string | null;
  userAgent: string | null;
  user: string | null;
  maxTimeMs: number;
  connectTimeoutMs: number;
  maxRedirs: number;
}

const FLAGS: Record<string, keyof CurlOpts> = {
  i: 'include', I: 'head', s: 'silent', S: 'showError', v: 'verbose', L: 'location', f: 'fail', k: 'insecure', O: 'remoteName',
};
const LONG_FLAGS: Record<string, keyof CurlOpts> = {
  include: 'include', head: 'head', silent: 'silent', 'show-error': 'showError', verbose: 'verbose', location: 'location',
  fail: 'fail', insecure: 'insecure', 'remote-name': 'remoteName',
};
const SHORT_ARG = new Set(['X', 'd', 'H', 'o', 'w', 'A', 'u', 'm']);
const LONG_ARG: Record<string, string> = {
  request: 'X', data: 'd', 'data-raw': 'd', 'data-binary': 'd', 'data-ascii': 'd', header: 'H', output: 'o',
  'write-out': 'w', 'user-agent': 'A', user: 'u', 'max-time': 'm', 'connect-timeout': 'connect-timeout', json: 'json',
  'max-redirs': 'max-redirs',
};

export type ParseResult = { opts: CurlOpts } | { error: string; code: number };

function apply(o: CurlOpts, key: string, val: string): string | null {
  switch (key) {
    case 'X': o.method = val; return null;
    case 'd': (o.data ??= []).push(val); return null;
    case 'json': (o.data ??= []).push(val); o.json = true; return null;
    case 'H': o.headers.push(val); return null;
    case 'o': o.output = val; return null;
    case 'w': o.writeOut = val; return null;
    case 'A': o.userAgent = val; return null;
    case 'u': o.user = val; return null;
    case 'm':
    case 'connect-timeout': {
      const n = Number(val);
      if (!/^\d+(\.\d+)?$/.test(val) || Number.isNaN(n)) return 'expected a proper numerical parameter';
      if (key === 'm') o.maxTimeMs = n * 1000;
      else o.connectTimeoutMs = n * 1000;
      return null;
    }
    case 'max-redirs': o.maxRedirs = Number(val); return null;
    default: return 'is unknown';
  }
}

/** Parse argv (without argv[0]). Errors carry curl's message and exit code. */
export function parseCurl(args: readonly string[]): ParseResult {
  const o: CurlOpts = {
    urls: [], method: null, data: null, json: false, headers: [], include: false, head: false, silent: false, showError: false,
    verbose: false, location: false, fail: false, insecure: false, output: null, remoteName: false, writeOut: null,
    userAgent: null, user: null, maxTimeMs: 0, connectTimeoutMs: 0, maxRedirs: 50,
  };
  const set = (k: keyof CurlOpts, v: boolean): void => {
    (o as unknown as Record<string, unknown>)[k] = v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--') && a.length > 2) {
      let name = a.slice(2);
      let neg = false;
      if (name.startsWith('no-')) {
        neg = true;
        name = name.slice(3);
      }
      if (LONG_FLAGS[name]) {
        set(LONG_FLAGS[name]!, !neg);
        continue;
      }
      const key = LONG_ARG[name];
      if (!key) return { error: `option ${a}: is unknown`, code: 2 };
      if (i + 1 >= args.length) return { error: `option ${a}: requires parameter`, code: 2 };
      const err = apply(o, key, args[++i]!);
      if (err) return { error: `option ${a}: ${err}`, code: 2 };
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (FLAGS[c]) {
          set(FLAGS[c]!, true);
          continue;
        }
        if (!SHORT_ARG.has(c)) return { error: `option -${c}: is unknown`, code: 2 };
        const rest = a.slice(j + 1);
        let val: string;
        if (rest) val = rest;
        else if (i + 1 < args.length) val = args[++i]!;
        else return { error: `option -${c}: requires parameter`, code: 2 };
        const err = apply(o, c, val);
        if (err) return { error: `option -${c}: ${err}`, code: 2 };
        break;
      }
      continue;
    }
    o.urls.push(a);
  }
  if (o.urls.length === 0) return { error: 'no URL specified', code: 2 };
  return { opts: o };
}

export interface Url {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  /** Path and query ("/get?a=1"). */
  target: string;
  /** The Host header value. */
  hostHeader: string;
  text: string;
}

/** Parse a URL as curl does (no scheme means http). */
export function parseUrl(s: string): Url | { error: string; code: number } {
  let m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(.*)$/.exec(s);
  let scheme = 'http', rest = s;
  if (m) {
    scheme = m[1]!.toLowerCase();
    rest = m[2]!;
  }
  if (scheme !== 'http' && scheme !== 'https') return { error: `Protocol "${scheme}" not supported or disabled in libcurl`, code: 1 };
  m = /^([^/?#]*)([^#]*)/.exec(rest);
  const auth = m![1]!, target = m![2] || '/';
  const hp = /^(?:[^@]*@)?(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(auth);
  if (!hp || !hp[1]) return { error: 'URL using bad/illegal format or missing URL', code: 3 };
  const host = hp[1].toLowerCase();
  const def = scheme === 'https' ? 443 : 80;
  const port = hp[2] ? Number(hp[2]) : def;
  if (port > 65535) return { error: 'Port number was not a decimal number between 0 and 65535', code: 3 };
  const t = target.startsWith('/') ? target : `/${target}`;
  return {
    scheme: scheme as 'http' | 'https', host, port, target: t, hostHeader: port === def ? host : `${host}:${port}`,
    text: `${scheme}://${host}${port === def ? '' : `:${port}`}${t}`,
  };
}

/** Resolve a Location header against the current URL. */
export function resolveLocation(base: Url, loc: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(loc)) return loc;
  const origin = `${base.scheme}://${base.hostHeader}`;
  if (loc.startsWith('//')) return `${base.scheme}:${loc}`;
  if (loc.startsWith('/')) return origin + loc;
  const dir = base.target.split('?')[0]!.replace(/[^/]*$/, '');
  return origin + dir + loc;
}
