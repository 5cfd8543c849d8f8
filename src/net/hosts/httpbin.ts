/**
 * httpbin.org: an HTTP request and response service. Every endpoint
 * computes its answer from the request, in the JSON shapes and header sets
 * httpbin documents (Flask's pretty JSON with sorted keys; gunicorn's
 * Server header; CORS headers on every response).
 */
import type { NetStack } from '../stack.ts';
import { header, respond } from './http.ts';
import type { HttpRequest, HttpResponse, Site } from './http.ts';
import { dict, pyDumps } from './json.ts';
import type { Json } from './json.ts';
import { wallMs } from './host.ts';

const JSON_TYPE = 'application/json';
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'upgrade', 'trailer']);
const SLIDESHOW: Json = {
  slideshow: {
    author: 'Yours Truly',
    date: 'date of publication',
    slides: [
      { title: 'Wake up to WonderWidgets!', type: 'all' },
      { items: ['Why <em>WonderWidgets</em> are great', 'Who <em>buys</em> WonderWidgets'], title: 'Overview', type: 'all' },
    ],
    title: 'Sample Slide Show',
  },
};

/** Werkzeug's header-name form: each dash-separated word capitalised. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase());
}

/** application/x-www-form-urlencoded or a query string: a value, or a list for repeated keys. */
export function parseQuery(q: string): { [k: string]: Json } {
  const out = dict();
  if (!q) return out;
  for (const part of q.split('&')) {
    if (!part) continue;
    const i = part.indexOf('=');
    const dec = (s: string): string => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const k = dec(i < 0 ? part : part.slice(0, i)), v = dec(i < 0 ? '' : part.slice(i + 1));
    const prev = out[k];
    if (prev === undefined) out[k] = v;
    else if (Array.isArray(prev)) prev.push(v);
    else out[k] = [prev, v];
  }
  return out;
}

class HttpBin {
  private traceSeq = 0;

  constructor(private readonly net: NetStack) {}

  private random32(): number {
    return this.net.env.random32();
  }

  private hex(n: number): string {
    let s = '';
    while (s.length < n) s += this.random32().toString(16).padStart(8, '0');
    return s.slice(0, n);
  }

  headers(req: HttpRequest): { [k: string]: Json } {
    const h = dict();
    for (const [k, v] of req.headers) {
      if (HOP_BY_HOP.has(k.toLowerCase())) continue;
      const key = titleCase(k);
      h[key] = h[key] !== undefined ? `${String(h[key])},${v}` : v;
    }
    const secs = Math.floor(wallMs(this.net) / 1000).toString(16);
    this.traceSeq++;
    h['X-Amzn-Trace-Id'] = `Root=1-${secs}-${this.hex(24)}`;
    return h;
  }

  url(req: HttpRequest): string {
    return `${req.scheme}://${req.host}${req.target}`;
  }

  /** get_dict: the fields an endpoint shows. */
  dict(req: HttpRequest, keys: string[]): { [k: string]: Json } {
    const out = dict();
    const type = (header(req, 'content-type') ?? '').toLowerCase();
    const text = new TextDecoder().decode(req.body);
    const isForm = type.startsWith('application/x-www-form-urlencoded');
    let json: Json = null;
    try {
      json = text ? (JSON.parse(text) as Json) : null;
    } catch {
      json = null;
    }
    const all: Record<string, () => Json> = {
      url: () => this.url(req),
      args: () => parseQuery(req.query),
      form: () => (isForm ? parseQuery(text) : dict()),
      data: () => (isForm ? '' : text),
      origin: () => req.remote.addr,
      headers: () => this.headers(req),
      files: () => dict(),
      json: () => json,
      method: () => req.method,
    };
    for (const k of keys) out[k] = all[k]!();
    return out;
  }

  json(v: Json, status = 200, extra: Array<[string, string]> = []): HttpResponse {
    return respond(status, JSON_TYPE, pyDumps(v), extra);
  }

  status(code: number): HttpResponse {
    const html = 'text/html; charset=utf-8';
    switch (code) {
      case 301: case 302: case 303: case 305: case 307:
        return respond(code, html, '', [['Location', '/redirect/1']]);
      case 401:
        return respond(code, null, '', [['WWW-Authenticate', 'Basic realm="Fake Realm"']]);
      case 418:
        return respond(code, null, TEAPOT, [['x-more-info', 'http://tools.ietf.org/html/rfc2324']]);
      default:
        return respond(code, html, '');
    }
  }

  route(req: HttpRequest): HttpResponse {
    const p = req.path.replace(/\/+$/, '') || '/';
    const m = req.method;
    const only = (methods: string[], f: () => HttpResponse): HttpResponse =>
      methods.includes(m) || (m === 'HEAD' && methods.includes('GET')) || m === 'OPTIONS' ? f() : methodNotAllowed();
    const bodyKeys = ['args', 'data', 'files', 'form', 'headers', 'json', 'origin', 'url'];
    if (p === '/' ) return respond(200, 'text/html; charset=utf-8', INDEX);
    if (p === '/get') return only(['GET'], () => this.json(this.dict(req, ['args', 'headers', 'origin', 'url'])));
    for (const verb of ['post', 'put', 'delete', 'patch']) {
      if (p === `/${verb}`) return only([verb.toUpperCase()], () => this.json(this.dict(req, bodyKeys)));
    }
    if (p === '/anything' || p.startsWith('/anything/')) return this.json(this.dict(req, [...bodyKeys, 'method']));
    if (p === '/headers') return this.json({ headers: this.headers(req) });
    if (p === '/ip') return this.json({ origin: req.remote.addr });
    if (p === '/user-agent') return this.json({ 'user-agent': header(req, 'user-agent') ?? null });
    if (p === '/json') return this.json(SLIDESHOW);
    if (p === '/uuid') return this.json({ uuid: this.uuid() });
    let g: RegExpExecArray | null;
    if ((g = /^\/status\/(\d{3})$/.exec(p))) return this.status(Number(g[1]));
    if ((g = /^\/delay\/(\d+(?:\.\d+)?)$/.exec(p))) {
      const r = this.json(this.dict(req, ['args', 'data', 'files', 'form', 'headers', 'origin', 'url']));
      return { ...r, delayMs: Math.min(Number(g[1]), 10) * 1000 };
    }
    if ((g = /^\/(redirect|relative-redirect|absolute-redirect)\/(\d+)$/.exec(p))) return this.redirect(req, g[1]!, Number(g[2]));
    if (p === '/redirect-to') {
      const q = parseQuery(req.query);
      const code = Number(q.status_code ?? 302);
      return respond(code >= 300 && code < 400 ? code : 302, 'text/html; charset=utf-8', '', [['Location', String(q.url ?? '')]]);
    }
    if ((g = /^\/bytes\/(\d+)$/.exec(p))) return respond(200, 'application/octet-stream', this.bytes(Math.min(Number(g[1]), 100 * 1024)));
    if ((g = /^\/basic-auth\/([^/]+)\/([^/]+)$/.exec(p))) return this.basicAuth(req, g[1]!, g[2]!);
    if (p === '/cookies') return this.json({ cookies: cookiesOf(req) });
    if (p === '/cookies/set') {
      const q = parseQuery(req.query);
      const set: Array<[string, string]> = Object.keys(q).map((k) => ['Set-Cookie', `${k}=${String(q[k])}; Path=/`]);
      return respond(302, 'text/html; charset=utf-8', '', [['Location', '/cookies'], ...set]);
    }
    return respond(404, 'text/html', NOT_FOUND);
  }

  private redirect(req: HttpRequest, kind: string, n: number): HttpResponse {
    const abs = kind === 'absolute-redirect' || (kind === 'redirect' && parseQuery(req.query).absolute === 'true');
    const base = abs ? `${req.scheme}://${req.host}` : '';
    const next = n <= 1 ? `${base}/get` : `${base}/${abs ? 'absolute' : 'relative'}-redirect/${n - 1}`;
    return respond(302, 'text/html; charset=utf-8', '', [['Location', next]]);
  }

  private uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = '89ab'[parseInt(h[16]!, 16) & 3]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  private bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const r = this.random32();
      for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (r >>> (8 * j)) & 255;
    }
    return out;
  }

  private basicAuth(req: HttpRequest, user: string, pass: string): HttpResponse {
    const auth = header(req, 'authorization') ?? '';
    const m = /^Basic\s+(\S+)$/i.exec(auth);
    let ok = false;
    if (m) {
      try {
        ok = atob(m[1]!) === `${user}:${pass}`;
      } catch {
        ok = false;
      }
    }
    if (!ok) return respond(401, null, '', [['WWW-Authenticate', 'Basic realm="Fake Realm"']]);
    return this.json({ authenticated: true, user });
  }
}

function cookiesOf(req: HttpRequest): { [k: string]: Json } {
  const out = dict();
  for (const part of (header(req, 'cookie') ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

function methodNotAllowed(): HttpResponse {
  return respond(405, 'text/html', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>405 Method Not Allowed</title>\n' +
    '<h1>Method Not Allowed</h1>\n<p>The method is not allowed for the requested URL.</p>\n');
}

const NOT_FOUND = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n' +
  '<p>The requested URL was not found on the server.  If you entered the URL manually please check your spelling and try again.</p>\n';

const TEAPOT = `
    -=[ teapot ]=-

       _...._
     .'  _ _ \`.
    | ."\` ^ \`". _,
    \\_;\`"---"\`|//
      |       ;/
      \\_     _/
        \`"""\`
`;

const INDEX = `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>httpbin.org</title>
</head>
<body>
    <h2>httpbin.org</h2>
    <p>A simple HTTP Request &amp; Response Service.</p>
    <p>Try /get, /post, /headers, /ip, /user-agent, /status/:code, /delay/:n, /redirect/:n,
    /json, /uuid, /bytes/:n, /basic-auth/:user/:passwd, /cookies, /anything.</p>
</body>
</html>
`;

/** httpbin.org's site (its host: index.ts). */
export function httpbinSite(net: NetStack): Site {
  const bin = new HttpBin(net);
  return (req) => bin.route(req);
}
