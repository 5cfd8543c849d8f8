/** vi/vim: a usable subset (normal and insert modes, motions, x dd yy p, :w :q :q! :wq :x, /search n, u). */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { readText, writeWhole } from './lib/io.ts';
import { rawMode, readKey } from './pager.ts';
import { strerror, ENOENT } from '../abi/errno.ts';
import { TCSAFLUSH } from '../abi/termios.ts';

interface Vi {
  lines: string[]; r: number; c: number; top: number; file: string; modified: boolean; mode: 'normal' | 'insert';
  msg: string; yank: string[] | null; undo: Array<{ lines: string[]; r: number; c: number }>; search: string; pending: string;
  rows: number; cols: number; quit: boolean;
}

function* draw(ctx: Ctx, v: Vi, cmdline?: string): Gen<void> {
  const ws = ctx.sys.tiocgwinsz(1);
  if (typeof ws !== 'number') { v.rows = ws.rows || 24; v.cols = ws.cols || 80; }
  const h = v.rows - 1;
  if (v.r < v.top) v.top = v.r;
  if (v.r >= v.top + h) v.top = v.r - h + 1;
  let out = '\x1b[?25l\x1b[H';
  for (let i = 0; i < h; i++) {
    const l = v.lines[v.top + i];
    out += '\x1b[K' + (l === undefined ? '\x1b[94m~\x1b[39m' : [...l.replace(/\t/g, '        ')].slice(0, v.cols).join('')) + '\r\n';
  }
  out += '\x1b[K' + (cmdline ?? (v.mode === 'insert' ? '-- INSERT --' : v.msg));
  const cx = [...(v.lines[v.r] ?? '').slice(0, v.c).replace(/\t/g, '        ')].length;
  out += cmdline !== undefined ? '' : `\x1b[${v.r - v.top + 1};${Math.min(cx + 1, v.cols)}H`;
  out += '\x1b[?25h';
  yield* ctx.out(out);
  yield* ctx.flush();
}

function snapshot(v: Vi): void {
  v.undo.push({ lines: [...v.lines], r: v.r, c: v.c });
  if (v.undo.length > 200) v.undo.shift();
}

function clampC(v: Vi): void {
  const len = v.lines[v.r]!.length;
  v.c = Math.max(0, Math.min(v.c, v.mode === 'insert' ? len : Math.max(0, len - 1)));
}

function wordFwd(v: Vi): void {
  const l = v.lines[v.r]!;
  let c = v.c;
  const cls = (ch: string | undefined): number => (ch === undefined ? -1 : /\s/.test(ch) ? 0 : /\w/.test(ch) ? 1 : 2);
  const k = cls(l[c]);
  while (c < l.length && cls(l[c]) === k && k !== 0) c++;
  while (c < l.length && cls(l[c]) === 0) c++;
  if (c >= l.length && v.r < v.lines.length - 1) { v.r++; v.c = 0; const n = v.lines[v.r]!; let d = 0; while (d < n.length && /\s/.test(n[d]!)) d++; v.c = d; return; }
  v.c = Math.min(c, Math.max(0, l.length - 1));
}

function wordBack(v: Vi): void {
  let c = v.c;
  const l = v.lines[v.r]!;
  if (c === 0 && v.r > 0) { v.r--; v.c = Math.max(0, v.lines[v.r]!.length - 1); return; }
  c--;
  while (c > 0 && /\s/.test(l[c]!)) c--;
  const w = /\w/.test(l[c] ?? '');
  while (c > 0 && !/\s/.test(l[c - 1]!) && /\w/.test(l[c - 1]!) === w) c--;
  v.c = Math.max(0, c);
}

function* exCommand(ctx: Ctx, v: Vi, cmd: string): Gen<void> {
  const m = /^(\w*)(!?)\s*(.*)$/.exec(cmd.trim())!;
  const [, name, bang, arg] = m as unknown as [string, string, string, string];
  const write = function* (): Gen<boolean> {
    const f = arg || v.file;
    if (f === '') { v.msg = 'E32: No file name'; return false; }
    const body = v.lines.join('\n') + '\n';
    const r = yield* writeWhole(ctx, f, body);
    if (r < 0) { v.msg = `"${f}" E212: Can't open file for writing`; return false; }
    if (v.file === '') v.file = f;
    v.modified = false;
    v.msg = `"${f}" ${v.lines.length}L, ${body.length}B written`;
    return true;
  };
  if (/^\d+$/.test(cmd.trim())) { v.r = Math.min(v.lines.length - 1, Math.max(0, Number(cmd) - 1)); v.c = 0; return; }
  switch (name) {
    case 'w': yield* write(); return;
    case 'wq': case 'x': if (name === 'x' && !v.modified) { v.quit = true; return; } if (yield* write()) v.quit = true; return;
    case 'q':
      if (v.modified && bang !== '!') { v.msg = 'E37: No write since last change (add ! to override)'; return; }
      v.quit = true; return;
    case '': return;
    default: v.msg = `E492: Not an editor command: ${cmd}`;
  }
}

function* readLine(ctx: Ctx, v: Vi, prefix: string): Gen<string | null> {
  let s = '';
  for (;;) {
    yield* draw(ctx, v, prefix + s);
    const k = yield* readKey(ctx, 0);
    if (k === null || k === '\x1b' || k === '\x03') return null;
    if (k === '\r' || k === '\n') return s;
    if (k === '\x7f' || k === '\b') { if (s === '') return null; s = s.slice(0, -1); } else if (!k.startsWith('\x1b')) s += k;
  }
}

function find(v: Vi, forward = true): void {
  if (v.search === '') return;
  const n = v.lines.length;
  for (let i = 0; i <= n; i++) {
    const r = forward ? (v.r + i) % n : (v.r - i + n) % n;
    const l = v.lines[r]!;
    const at = forward ? l.indexOf(v.search, r === v.r && i === 0 ? v.c + 1 : 0) : l.lastIndexOf(v.search, r === v.r && i === 0 ? v.c - 1 : l.length);
    if (at >= 0 && !(i === n && at === v.c)) { v.r = r; v.c = at; if ((forward && r < v.r) || i > 0 && r <= v.r && forward && r !== v.r) v.msg = 'search hit BOTTOM, continuing at TOP'; return; }
  }
  v.msg = `E486: Pattern not found: ${v.search}`;
}

function* normalKey(ctx: Ctx, v: Vi, k: string): Gen<void> {
  const l = (): string => v.lines[v.r]!;
  const seq = v.pending + k;
  v.pending = '';
  switch (seq) {
    case 'h': case '\x1b[D': case '\x7f': v.c = Math.max(0, v.c - 1); return;
    case 'l': case '\x1b[C': case ' ': v.c = Math.min(Math.max(0, l().length - 1), v.c + 1); return;
    case 'j': case '\x1b[B': case '+': case '\r': if (v.r < v.lines.length - 1) v.r++; clampC(v); return;
    case 'k': case '\x1b[A': case '-': if (v.r > 0) v.r--; clampC(v); return;
    case '0': case '\x1b[H': v.c = 0; return;
    case '^': v.c = l().length - l().trimStart().length; return;
    case '$': case '\x1b[F': v.c = Math.max(0, l().length - 1); return;
    case 'w': wordFwd(v); return;
    case 'b': wordBack(v); return;
    case 'gg': v.r = 0; v.c = 0; return;
    case 'G': v.r = v.lines.length - 1; v.c = 0; return;
    case 'g': case 'd': case 'y': v.pending = seq; return;
    case 'x': case '\x1b[3~':
      if (l().length > 0) { snapshot(v); v.yank = null; v.lines[v.r] = l().slice(0, v.c) + l().slice(v.c + 1); v.modified = true; clampC(v); }
      return;
    case 'dd':
      snapshot(v);
      v.yank = [l()];
      if (v.lines.length > 1) v.lines.splice(v.r, 1); else v.lines[0] = '';
      if (v.r >= v.lines.length) v.r = v.lines.length - 1;
      v.c = 0; v.modified = true;
      return;
    case 'yy': v.yank = [l()]; return;
    case 'p': case 'P':
      if (v.yank) { snapshot(v); const at = seq === 'p' ? v.r + 1 : v.r; v.lines.splice(at, 0, ...v.yank); v.r = at; v.c = 0; v.modified = true; }
      return;
    case 'i': snapshot(v); v.mode = 'insert'; return;
    case 'a': snapshot(v); v.mode = 'insert'; v.c = Math.min(l().length, v.c + 1); return;
    case 'A': snapshot(v); v.mode = 'insert'; v.c = l().length; return;
    case 'I': snapshot(v); v.mode = 'insert'; v.c = l().length - l().trimStart().length; return;
    case 'o': snapshot(v); v.lines.splice(v.r + 1, 0, ''); v.r++; v.c = 0; v.mode = 'insert'; v.modified = true; return;
    case 'O': snapshot(v); v.lines.splice(v.r, 0, ''); v.c = 0; v.mode = 'insert'; v.modified = true; return;
    case 'u': {
      const s = v.undo.pop();
      if (!s) { v.msg = 'Already at oldest change'; return; }
      v.lines = s.lines; v.r = s.r; v.c = s.c; v.modified = true; clampC(v);
      return;
    }
    case ':': { const cmd = yield* readLine(ctx, v, ':'); if (cmd !== null) yield* exCommand(ctx, v, cmd); return; }
    case '/': { const q = yield* readLine(ctx, v, '/'); if (q !== null) { if (q !== '') v.search = q; find(v); } return; }
    case 'n': find(v); return;
    case 'N': find(v, false); return;
    case 'ZZ': yield* exCommand(ctx, v, 'x'); return;
    case 'Z': v.pending = 'Z'; return;
    default: return;
  }
}

function insertKey(v: Vi, k: string): void {
  const l = v.lines[v.r]!;
  if (k === '\x1b') { v.mode = 'normal'; v.c = Math.max(0, v.c - 1); clampC(v); return; }
  if (k === '\r' || k === '\n') { v.lines.splice(v.r, 1, l.slice(0, v.c), l.slice(v.c)); v.r++; v.c = 0; v.modified = true; return; }
  if (k === '\x7f' || k === '\b') {
    if (v.c > 0) { v.lines[v.r] = l.slice(0, v.c - 1) + l.slice(v.c); v.c--; }
    else if (v.r > 0) { v.lines.splice(v.r, 1); v.r--; v.c = v.lines[v.r]!.length; v.lines[v.r] += l; }
    v.modified = true;
    return;
  }
  if (k === '\x1b[A') { if (v.r > 0) v.r--; clampC(v); return; }
  if (k === '\x1b[B') { if (v.r < v.lines.length - 1) v.r++; clampC(v); return; }
  if (k === '\x1b[C') { v.c = Math.min(l.length, v.c + 1); return; }
  if (k === '\x1b[D') { v.c = Math.max(0, v.c - 1); return; }
  if (k.startsWith('\x1b')) {
    // ESC followed by keys typed quickly: leave insert mode, then treat the rest as normal-mode keys.
    v.mode = 'normal'; v.c = Math.max(0, v.c - 1);
    return;
  }
  let s = '';
  for (const ch of k) if (ch >= ' ' || ch === '\t') s += ch;
  v.lines[v.r] = l.slice(0, v.c) + s + l.slice(v.c);
  v.c += s.length;
  if (s !== '') v.modified = true;
}

const vi = defineProgram('vi', function* (ctx) {
  const file = ctx.argv.slice(1).find((a) => !a.startsWith('-') && !a.startsWith('+')) ?? '';
  const v: Vi = { lines: [''], r: 0, c: 0, top: 0, file, modified: false, mode: 'normal', msg: '', yank: null, undo: [], search: '', pending: '', rows: 24, cols: 80, quit: false };
  if (file !== '') {
    const t = yield* readText(ctx, file);
    if (typeof t === 'string') {
      v.lines = t.split('\n');
      if (v.lines.length > 1 && v.lines[v.lines.length - 1] === '') v.lines.pop();
      v.msg = `"${file}" ${v.lines.length}L, ${t.length}B`;
    } else v.msg = t === -ENOENT ? `"${file}" [New]` : `"${file}" ${strerror(t)}`;
  }
  const saved = rawMode(ctx, 0, false);
  yield* ctx.out('\x1b[?1049h');
  while (!v.quit) {
    yield* draw(ctx, v);
    const k = yield* readKey(ctx, 0);
    if (k === null) break;
    v.msg = '';
    if (v.mode === 'insert') {
      if (k.startsWith('\x1b') && k.length > 1 && !k.startsWith('\x1b[')) { insertKey(v, '\x1b'); for (const ch of k.slice(1)) yield* normalKey(ctx, v, ch); }
      else insertKey(v, k);
    } else if (k.startsWith('\x1b[') || k.length === 1) yield* normalKey(ctx, v, k);
    else for (const ch of k) { if ((v.mode as Vi['mode']) === 'insert') insertKey(v, ch); else yield* normalKey(ctx, v, ch); if (v.quit) break; }
  }
  yield* ctx.out('\x1b[2J\x1b[H\x1b[?1049l');
  yield* ctx.flush();
  if (saved) ctx.sys.tcsetattr(0, TCSAFLUSH, saved);
  return 0;
});

export function viPrograms(): Record<string, Program> {
  return { '/usr/bin/vi': vi, '/usr/bin/vim': vi };
}
