/** nano: a small full-screen editor in raw mode (typing, arrows, ^O ^X ^K ^U ^W, nano's bars and prompts). */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { readText, writeWhole } from './lib/io.ts';
import { rawMode, readKey } from './pager.ts';
import { strerror, ENOENT } from '../abi/errno.ts';
import { TCSAFLUSH } from '../abi/termios.ts';

interface Ed { lines: string[]; r: number; c: number; top: number; file: string; modified: boolean; cut: string[]; status: string; rows: number; cols: number; lastCut: boolean; search: string }

const inv = (s: string): string => `\x1b[7m${s}\x1b[27m`;

function* draw(ctx: Ctx, e: Ed, prompt?: string, bar1?: string, bar2?: string): Gen<void> {
  const ws = ctx.sys.tiocgwinsz(1);
  if (typeof ws !== 'number') { e.rows = ws.rows || 24; e.cols = ws.cols || 80; }
  const h = e.rows - 4;
  if (e.r < e.top) e.top = e.r;
  if (e.r >= e.top + h) e.top = e.r - h + 1;
  const name = e.file === '' ? 'New Buffer' : e.file;
  const left = '  GNU nano 7.2';
  const right = e.modified ? 'Modified  ' : '';
  const mid = Math.max(left.length + 1, Math.floor((e.cols - name.length) / 2));
  let title = left.padEnd(mid) + name;
  title = title.padEnd(e.cols - right.length) + right;
  let out = '\x1b[?25l\x1b[H' + inv(title.slice(0, e.cols)) + '\r\n';
  for (let i = 0; i < h; i++) {
    const l = e.lines[e.top + i];
    out += '\x1b[K' + (l === undefined ? '' : [...l.replace(/\t/g, '        ')].slice(0, e.cols).join('')) + '\r\n';
  }
  out += '\x1b[K';
  if (prompt !== undefined) out += inv(prompt.padEnd(e.cols));
  else if (e.status !== '') { const s = `[ ${e.status} ]`; out += ' '.repeat(Math.max(0, Math.floor((e.cols - s.length) / 2))) + inv(s); }
  out += '\r\n\x1b[K' + (bar1 ?? shortcutRow([['^G', 'Help'], ['^O', 'Write Out'], ['^W', 'Where Is'], ['^K', 'Cut'], ['^T', 'Execute'], ['^C', 'Location']], e.cols));
  out += '\r\n\x1b[K' + (bar2 ?? shortcutRow([['^X', 'Exit'], ['^R', 'Read File'], ['^\\', 'Replace'], ['^U', 'Paste'], ['^J', 'Justify'], ['^/', 'Go To Line']], e.cols));
  const cx = [...(e.lines[e.r] ?? '').slice(0, e.c).replace(/\t/g, '        ')].length;
  out += prompt !== undefined ? `\x1b[${e.rows - 2};${Math.min(e.cols, prompt.length + 1)}H` : `\x1b[${e.r - e.top + 2};${Math.min(cx + 1, e.cols)}H`;
  out += '\x1b[?25h';
  yield* ctx.out(out);
  yield* ctx.flush();
}

function shortcutRow(items: Array<[string, string]>, cols: number): string {
  const w = Math.floor(cols / items.length);
  return items.map(([k, t]) => inv(k) + ' ' + t.padEnd(Math.max(0, w - k.length - 1))).join('').slice(0, cols * 3);
}

/** Prompt on the status line; returns the text, or null when cancelled (^C). */
function* ask(ctx: Ctx, e: Ed, label: string, initial: string): Gen<string | null> {
  let text = initial;
  for (;;) {
    yield* draw(ctx, e, label + text, shortcutRow([['^G', 'Help'], ['^C', 'Cancel']], e.cols), '');
    const k = yield* readKey(ctx, 0);
    if (k === null || k === '\x03') return null;
    if (k === '\r' || k === '\n') return text;
    if (k === '\x7f' || k === '\b') text = text.slice(0, -1);
    else if (!k.startsWith('\x1b') && k >= ' ') text += k;
  }
}

function* save(ctx: Ctx, e: Ed, name: string): Gen<boolean> {
  // An empty last line is nano's "magic line": it ends the file, it adds no newline.
  const last = e.lines.length - 1;
  const body = e.lines[last] === '' ? e.lines.join('\n') : e.lines.join('\n') + '\n';
  const r = yield* writeWhole(ctx, name, body);
  if (r < 0) { e.status = `Error writing ${name}: ${strerror(r)}`; return false; }
  e.file = name;
  e.modified = false;
  const n = e.lines.length - (e.lines[last] === '' ? 1 : 0);
  e.status = `Wrote ${n} line${n === 1 ? '' : 's'}`;
  return true;
}

function* writeOut(ctx: Ctx, e: Ed): Gen<boolean> {
  const name = yield* ask(ctx, e, 'File Name to Write: ', e.file);
  if (name === null || name === '') { e.status = 'Cancelled'; return false; }
  return yield* save(ctx, e, name);
}

function insert(e: Ed, s: string): void {
  const l = e.lines[e.r]!;
  e.lines[e.r] = l.slice(0, e.c) + s + l.slice(e.c);
  e.c += s.length;
  e.modified = true;
}

function* key(ctx: Ctx, e: Ed, k: string): Gen<'quit' | null> {
  const line = (): string => e.lines[e.r]!;
  const wasCut = e.lastCut;
  e.lastCut = false;
  switch (k) {
    case '\x1b[A': if (e.r > 0) { e.r--; e.c = Math.min(e.c, line().length); } return null;
    case '\x1b[B': if (e.r < e.lines.length - 1) { e.r++; e.c = Math.min(e.c, line().length); } return null;
    case '\x1b[C': if (e.c < line().length) e.c++; else if (e.r < e.lines.length - 1) { e.r++; e.c = 0; } return null;
    case '\x1b[D': if (e.c > 0) e.c--; else if (e.r > 0) { e.r--; e.c = line().length; } return null;
    case '\x1b[H': case '\x1b[1~': case '\x01': e.c = 0; return null;
    case '\x1b[F': case '\x1b[4~': case '\x05': e.c = line().length; return null;
    case '\x1b[5~': e.r = Math.max(0, e.r - (e.rows - 4)); e.c = Math.min(e.c, line().length); return null;
    case '\x1b[6~': e.r = Math.min(e.lines.length - 1, e.r + (e.rows - 4)); e.c = Math.min(e.c, line().length); return null;
    case '\r': case '\n': {
      const l = line();
      e.lines.splice(e.r, 1, l.slice(0, e.c), l.slice(e.c));
      e.r++; e.c = 0; e.modified = true;
      return null;
    }
    case '\x7f': case '\b':
      if (e.c > 0) { const l = line(); e.lines[e.r] = l.slice(0, e.c - 1) + l.slice(e.c); e.c--; e.modified = true; }
      else if (e.r > 0) { const l = line(); e.lines.splice(e.r, 1); e.r--; e.c = line().length; e.lines[e.r] += l; e.modified = true; }
      return null;
    case '\x1b[3~': case '\x04': {
      const l = line();
      if (e.c < l.length) { e.lines[e.r] = l.slice(0, e.c) + l.slice(e.c + 1); e.modified = true; }
      else if (e.r < e.lines.length - 1) { e.lines[e.r] = l + e.lines[e.r + 1]; e.lines.splice(e.r + 1, 1); e.modified = true; }
      return null;
    }
    case '\x0b': {
      if (!wasCut) e.cut = [];
      e.cut.push(line());
      if (e.lines.length > 1) e.lines.splice(e.r, 1); else e.lines[0] = '';
      if (e.r >= e.lines.length) e.r = e.lines.length - 1;
      e.c = 0; e.modified = true; e.lastCut = true;
      return null;
    }
    case '\x15': if (e.cut.length > 0) { e.lines.splice(e.r, 0, ...e.cut); e.r += e.cut.length; e.c = 0; e.modified = true; } return null;
    case '\x0f': yield* writeOut(ctx, e); return null;
    case '\x17': {
      const q = yield* ask(ctx, e, `Search${e.search ? ` [${e.search}]` : ''}: `, '');
      if (q === null) { e.status = 'Cancelled'; return null; }
      if (q !== '') e.search = q;
      for (let i = 1; i <= e.lines.length; i++) {
        const r = (e.r + i) % e.lines.length;
        const start = i === e.lines.length ? e.c + 1 : 0;
        const at = e.lines[r]!.indexOf(e.search, r === e.r && i !== e.lines.length ? 0 : start);
        if (at >= 0) { e.r = r; e.c = at; return null; }
      }
      e.status = `"${e.search}" not found`;
      return null;
    }
    case '\x07': e.status = 'Ctrl+O write out, Ctrl+X exit, Ctrl+K cut, Ctrl+U paste, Ctrl+W search'; return null;
    case '\x03': e.status = `line ${e.r + 1}/${e.lines.length} (${Math.floor(((e.r + 1) * 100) / e.lines.length)}%), col ${e.c + 1}/${line().length + 1}`; return null;
    case '\x18': {
      if (!e.modified) return 'quit';
      for (;;) {
        yield* draw(ctx, e, 'Save modified buffer?  ', ` ${inv('Y')} Yes`, ` ${inv('N')} No           ${inv('^C')} Cancel`);
        const a = yield* readKey(ctx, 0);
        if (a === null) return 'quit';
        if (a === 'y' || a === 'Y') { if (yield* writeOut(ctx, e)) return 'quit'; return null; }
        if (a === 'n' || a === 'N') return 'quit';
        if (a === '\x03') { e.status = 'Cancelled'; return null; }
      }
    }
    default:
      if (k.startsWith('\x1b')) return null;
      for (const ch of k) if (ch >= ' ' || ch === '\t') insert(e, ch); else if (ch === '\r') yield* key(ctx, e, '\r');
      return null;
  }
}

const nano = defineProgram('nano', function* (ctx) {
  const file = ctx.argv.slice(1).find((a) => !a.startsWith('-') && !a.startsWith('+')) ?? '';
  const e: Ed = { lines: [''], r: 0, c: 0, top: 0, file, modified: false, cut: [], status: '', rows: 24, cols: 80, lastCut: false, search: '' };
  if (typeof ctx.sys.tiocgwinsz(0) === 'number') { yield* ctx.err('Too many errors from stdin\n'); return 1; }
  if (file !== '') {
    const t = yield* readText(ctx, file);
    if (typeof t === 'string') {
      // The last line stays as nano's empty "magic line" after a final newline.
      e.lines = t.split('\n');
      const n = e.lines.length - (e.lines.length > 1 && e.lines[e.lines.length - 1] === '' ? 1 : 0);
      e.status = `Read ${n} line${n === 1 ? '' : 's'}`;
    } else if (t !== -ENOENT) e.status = `Error reading ${file}: ${strerror(t)}`;
    else e.status = 'New File';
  }
  const saved = rawMode(ctx, 0, false);
  yield* ctx.out('\x1b[?1049h');
  for (;;) {
    yield* draw(ctx, e);
    e.status = '';
    const k = yield* readKey(ctx, 0);
    if (k === null) break;
    if ((yield* key(ctx, e, k)) === 'quit') break;
  }
  yield* ctx.out('\x1b[2J\x1b[H\x1b[?1049l');
  yield* ctx.flush();
  if (saved) ctx.sys.tcsetattr(0, TCSAFLUSH, saved);
  return 0;
});

export function nanoPrograms(): Record<string, Program> {
  return { '/bin/nano': nano };
}
