/**
 * httpd: the machine's web server on port 80, started at boot. One process
 * serving every connection from a poll loop: HTTP/1.0 and 1.1 (RFC 9112),
 * GET and HEAD of files under /var/www/html, 404/400/405/501, keep-alive
 * for 1.1 (and 1.0 with "Connection: keep-alive").
 */
import { EAGAIN, EINTR } from '../abi/errno.ts';
import { O_NONBLOCK, O_RDONLY, F_GETFL, F_SETFL } from '../abi/fcntl.ts';
import { POLLIN } from '../abi/poll.ts';
import { AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from '../abi/socket.ts';
import { S_ISDIR } from '../abi/stat.ts';
import type { PollFd } from '../abi/sys.ts';
import { defineProgram, utf8, type Ctx, type Gen } from '../programs/runtime.ts';

const DOCROOT = '/var/www/html';
const SERVER = 'terrarium-httpd/0.1';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TYPES: Record<string, string> = {
  html: 'text/html', htm: 'text/html', txt: 'text/plain', css: 'text/css', js: 'text/javascript',
  json: 'application/json', png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml', pl: 'text/plain',
};
const REASONS: Record<number, string> = {
  200: 'OK', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  501: 'Not Implemented', 505: 'HTTP Version Not Supported',
};

/** IMF-fixdate (RFC 9110 5.6.7). */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
}

interface Conn {
  fd: number;
  buf: string;
}

interface Request {
  method: string;
  target: string;
  version: string;
  headers: Map<string, string>;
}

function parseHead(head: string): Request | null {
  const lines = head.split(/\r?\n/);
  const m = /^([A-Z]+) (\S+) (HTTP\/\d\.\d)$/.exec(lines[0] ?? '');
  if (!m) return null;
  const headers = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const i = l.indexOf(':');
    if (i <= 0) return null;
    headers.set(l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim());
  }
  return { method: m[1]!, target: m[2]!, version: m[3]!, headers };
}

function* readFile(ctx: Ctx, path: string): Gen<Uint8Array | number> {
  const fd = ctx.sys.open(path, O_RDONLY);
  if (fd < 0) return fd;
  const data = yield* ctx.readAll(fd);
  ctx.sys.close(fd);
  return data;
}

function* respond(ctx: Ctx, req: Request | null): Gen<{ head: string; body: Uint8Array; keep: boolean }> {
  const now = ctx.sys.clockGettime('realtime')[0] * 1000;
  const base = (status: number, type: string, len: number, keep: boolean, extra = ''): string =>
    `${req?.version === 'HTTP/1.0' ? 'HTTP/1.0' : 'HTTP/1.1'} ${status} ${REASONS[status]}\r\n` +
    `Server: ${SERVER}\r\nDate: ${httpDate(now)}\r\nContent-Type: ${type}\r\nContent-Length: ${len}\r\n${extra}` +
    `Connection: ${keep ? 'keep-alive' : 'close'}\r\n\r\n`;
  const error = (status: number): { head: string; body: Uint8Array; keep: boolean } => {
    const body = utf8(`<html>\r\n<head><title>${status} ${REASONS[status]}</title></head>\r\n<body>\r\n<center><h1>${status} ${REASONS[status]}</h1></center>\r\n<hr><center>${SERVER}</center>\r\n</body>\r\n</html>\r\n`);
    return { head: base(status, 'text/html', body.length, false), body, keep: false };
  };
  if (!req) return error(400);
  if (req.version !== 'HTTP/1.0' && req.version !== 'HTTP/1.1') return error(505);
  const conn = (req.headers.get('connection') ?? '').toLowerCase();
  const keep = req.version === 'HTTP/1.1' ? conn !== 'close' : conn === 'keep-alive';
  if (req.method !== 'GET' && req.method !== 'HEAD') return error(req.method === 'POST' ? 405 : 501);
  let path = decodeURIComponent(req.target.split('?')[0]!);
  if (!path.startsWith('/') || path.split('/').includes('..')) return error(400);
  const st = ctx.sys.stat(DOCROOT + path);
  if (typeof st !== 'number' && S_ISDIR(st.mode)) path = path.replace(/\/?$/, '/index.html');
  const data = yield* readFile(ctx, DOCROOT + path);
  if (typeof data === 'number') return error(data === -13 ? 403 : 404);
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const st2 = ctx.sys.stat(DOCROOT + path);
  const lm = typeof st2 === 'number' ? '' : `Last-Modified: ${httpDate(st2.mtimeMs)}\r\n`;
  const head = base(200, TYPES[ext] ?? 'application/octet-stream', data.length, keep, lm);
  return { head, body: req.method === 'HEAD' ? new Uint8Array(0) : data, keep };
}

function* serve(ctx: Ctx, c: Conn): Gen<boolean> {
  const r = yield* ctx.read(c.fd, 65536);
  if (typeof r === 'number') return r === -EAGAIN;
  if (r.length === 0) return false;
  c.buf += new TextDecoder('latin1').decode(r);
  for (;;) {
    const end = c.buf.indexOf('\r\n\r\n');
    const endLf = c.buf.indexOf('\n\n');
    const cut = end >= 0 ? end + 4 : endLf >= 0 ? endLf + 2 : -1;
    if (cut < 0) return c.buf.length < 65536;
    const head = c.buf.slice(0, cut).replace(/\r?\n\r?\n$/, '');
    c.buf = c.buf.slice(cut);
    const res = yield* respond(ctx, parseHead(head));
    const out = new Uint8Array(res.head.length + res.body.length);
    out.set(utf8(res.head));
    out.set(res.body, res.head.length);
    const w = yield* ctx.write(c.fd, out);
    if (w < 0 || !res.keep) return false;
  }
}

export const httpd = defineProgram('httpd', function* (ctx) {
  const port = Number(ctx.argv[1] ?? 80);
  const s = ctx.sys.socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) {
    yield* ctx.perror('socket', s);
    return 1;
  }
  ctx.sys.setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
  const b = ctx.sys.bind(s, { family: 'inet', addr: '0.0.0.0', port });
  if (b < 0 || ctx.sys.listen(s, 511) < 0) {
    yield* ctx.perror(`bind 0.0.0.0:${port}`, b);
    return 1;
  }
  ctx.sys.fcntl(s, F_SETFL, ctx.sys.fcntl(s, F_GETFL) | O_NONBLOCK);
  const conns = new Map<number, Conn>();
  for (;;) {
    const fds: PollFd[] = [{ fd: s, events: POLLIN, revents: 0 }, ...[...conns.keys()].map((fd) => ({ fd, events: POLLIN, revents: 0 }))];
    const n = yield* ctx.poll(fds, -1);
    if (n === -EINTR) continue;
    for (const pfd of fds) {
      if (!pfd.revents) continue;
      if (pfd.fd === s) {
        const a = ctx.sys.accept(s);
        if (typeof a !== 'number') conns.set(a.fd, { fd: a.fd, buf: '' });
        continue;
      }
      const c = conns.get(pfd.fd)!;
      const keep = yield* serve(ctx, c);
      if (!keep) {
        ctx.sys.close(c.fd);
        conns.delete(c.fd);
      }
    }
    yield* ctx.tick(fds.length);
  }
});
