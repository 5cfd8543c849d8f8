/** less and more: a pager on the terminal in raw mode (keys from /dev/tty); plain copy when stdout is not a terminal. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program, Termios } from '../abi/sys.ts';
import { readInput } from './lib/io.ts';
import { strerror } from '../abi/errno.ts';
import { O_RDWR } from '../abi/fcntl.ts';
import { ICANON, ECHO, ISIG, TCSAFLUSH } from '../abi/termios.ts';

/** Put fd in raw-ish mode (no canonical input, no echo); returns the previous settings. */
export function rawMode(ctx: Ctx, fd: number, keepSig = true): Termios | null {
  const t = ctx.sys.tcgetattr(fd);
  if (typeof t === 'number') return null;
  const cc = [...t.cc];
  cc[6] = 1; cc[5] = 0;
  ctx.sys.tcsetattr(fd, TCSAFLUSH, { ...t, lflag: t.lflag & ~(ICANON | ECHO | (keepSig ? 0 : ISIG)), iflag: t.iflag & ~0o400, cc });
  return t;
}

/** Read one key (escape sequences whole) from fd. */
export function* readKey(ctx: Ctx, fd: number): Gen<string | null> {
  const r = yield* ctx.read(fd, 16);
  if (typeof r === 'number' || r.length === 0) return null;
  return fromUtf8(r);
}

function* page(ctx: Ctx, text: string, name: string, isMore: boolean): Gen<number> {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const tty = ctx.sys.open('/dev/tty', O_RDWR);
  const kfd = tty >= 0 ? tty : 0;
  const ws = ctx.sys.tiocgwinsz(1);
  const rows = typeof ws === 'number' ? 24 : ws.rows || 24;
  const cols = typeof ws === 'number' ? 80 : ws.cols || 80;
  const h = rows - 1;
  if (isMore && lines.length <= h) { yield* ctx.out(lines.map((l) => l + '\n').join('')); return 0; }
  const saved = rawMode(ctx, kfd);
  let top = 0;
  let search = '';
  const clip = (l: string): string => ([...l].length > cols ? [...l].slice(0, cols).join('') : l);
  if (!isMore) yield* ctx.out('\x1b[?1049h');
  const draw = function* (msg?: string): Gen<void> {
    let out = isMore ? '' : '\x1b[H\x1b[2J';
    if (isMore) out += '\r\x1b[K';
    const view = lines.slice(top, top + h);
    for (let i = 0; i < h; i++) out += i < view.length ? clip(view[i]!) + '\n' : isMore ? '' : '~\n';
    const end = top + h >= lines.length;
    const prompt = msg ?? (isMore ? `--More--(${Math.floor((Math.min(top + h, lines.length) / lines.length) * 100)}%)` : end ? '(END)' : top === 0 && name !== '' ? name : ':');
    out += isMore ? `\x1b[7m${prompt}\x1b[27m` : prompt === '(END)' || prompt === name ? `\x1b[7m${prompt}\x1b[27m` : prompt;
    yield* ctx.out(out);
    yield* ctx.flush();
  };
  yield* draw();
  for (;;) {
    const k = yield* readKey(ctx, kfd);
    if (k === null || k === 'q' || k === 'Q' || k === '\x03') break;
    const maxTop = Math.max(0, lines.length - h);
    if (k === ' ' || k === 'f' || k === '\x06' || k === '\x1b[6~') { if (isMore && top + h >= lines.length) break; top = Math.min(isMore ? top + h : maxTop, top + h); }
    else if (k === 'b' || k === '\x02' || k === '\x1b[5~') top = Math.max(0, top - h);
    else if (k === 'j' || k === '\r' || k === '\n' || k === '\x1b[B' || k === 'e') { if (isMore && top + h >= lines.length) break; top = Math.min(maxTop, top + 1); }
    else if (k === 'k' || k === 'y' || k === '\x1b[A') top = Math.max(0, top - 1);
    else if (k === 'g' || k === '<') top = 0;
    else if (k === 'G' || k === '>') top = maxTop;
    else if (k === 'd') top = Math.min(maxTop, top + (h >> 1));
    else if (k === 'u') top = Math.max(0, top - (h >> 1));
    else if (k === '/' || k === 'n') {
      if (k === '/') {
        yield* ctx.out(isMore ? '\r\x1b[K/' : '\x1b[' + rows + ';1H\x1b[K/');
        yield* ctx.flush();
        let q = '';
        for (;;) {
          const c = yield* readKey(ctx, kfd);
          if (c === null || c === '\r' || c === '\n') break;
          if (c === '\x7f') { q = q.slice(0, -1); yield* ctx.out('\b \b'); } else { q += c; yield* ctx.out(c); }
          yield* ctx.flush();
        }
        search = q;
      }
      const at = lines.findIndex((l, i) => i > top && search !== '' && l.includes(search));
      if (at >= 0) top = Math.min(at, maxTop); else { yield* draw('Pattern not found  (press RETURN)'); continue; }
    }
    yield* draw();
  }
  yield* ctx.out(isMore ? '\r\x1b[K' : '\r\x1b[K\x1b[?1049l');
  yield* ctx.flush();
  if (saved) ctx.sys.tcsetattr(kfd, TCSAFLUSH, saved);
  if (tty >= 0) ctx.sys.close(tty);
  return 0;
}

function pagerProgram(name: string, isMore: boolean): Program {
  return defineProgram(name, function* (ctx) {
    const files = ctx.argv.slice(1).filter((a) => !a.startsWith('-') || a === '-');
    const isTty = typeof ctx.sys.tiocgwinsz(1) !== 'number';
    let status = 0;
    let text = '';
    const headers = isMore && !isTty && typeof ctx.sys.tiocgwinsz(0) === 'number' && files.length > 0;
    for (const f of files.length > 0 ? files : ['-']) {
      const d = yield* readInput(ctx, f);
      if (typeof d === 'number') { yield* ctx.err(d === -2 ? `${f}: No such file or directory\n` : `${ctx.prog}: ${f}: ${strerror(d)}\n`); status = 1; continue; }
      if (headers) text += `::::::::::::::\n${f}\n::::::::::::::\n`;
      text += fromUtf8(d);
    }
    if (!isTty) { yield* ctx.out(text); return status; }
    if (text === '' && status !== 0) return status;
    yield* page(ctx, text, files.length === 1 && files[0] !== '-' ? files[0]! : '', isMore);
    return status;
  });
}

/** Show text through the pager when stdout is a terminal (used by man). */
export function* pageText(ctx: Ctx, text: string, name: string): Gen<number> {
  if (typeof ctx.sys.tiocgwinsz(1) === 'number') { yield* ctx.out(text); return 0; }
  return yield* page(ctx, text, name, false);
}

export function pagerPrograms(): Record<string, Program> {
  const less = pagerProgram('less', false);
  return { '/usr/bin/less': less, '/bin/more': pagerProgram('more', true), '/usr/bin/pager': less };
}
