/** sed(1): the stream editor (GNU flavour) running the commands parsed by sed-parse.ts. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd, readInput, readText, writeWhole } from './lib/io.ts';
import { search, searchAll } from './lib/regex-bridge.ts';
import type { Regex } from './lib/regex-bridge.ts';
import { parseSed, SedError } from './sed-parse.ts';
import type { Addr, Cmd } from './sed-parse.ts';
import { strerror } from '../abi/errno.ts';

/** Expand a replacement: & \1..\9 \n \t \L \U \l \u \E. */
export function expandRepl(repl: string, subject: string, m: number[]): string {
  let out = '';
  let caseMode = '';
  let once = '';
  const add = (s: string): void => {
    for (const ch of s) {
      let c = caseMode === 'U' ? ch.toUpperCase() : caseMode === 'L' ? ch.toLowerCase() : ch;
      if (once) { c = once === 'u' ? c.toUpperCase() : c.toLowerCase(); once = ''; }
      out += c;
    }
  };
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i]!;
    if (c === '&') { add(subject.slice(m[0], m[1])); continue; }
    if (c !== '\\' || i + 1 >= repl.length) { add(c); continue; }
    const n = repl[++i]!;
    if (/\d/.test(n)) { const g = Number(n); if (m[2 * g] !== undefined && m[2 * g]! >= 0) add(subject.slice(m[2 * g], m[2 * g + 1])); }
    else if (n === 'n') add('\n');
    else if (n === 't') add('\t');
    else if (n === 'L' || n === 'U') caseMode = n;
    else if (n === 'E') caseMode = '';
    else if (n === 'l' || n === 'u') once = n;
    else add(n);
  }
  return out;
}

interface SedState {
  ps: string; hs: string; line: number; lines: string[]; idx: number; quit: number | null;
  append: string[]; out: string[]; n: boolean; lastRe: Regex | null; subst: boolean; lastLineMissingNl: boolean;
}

function* reMatch(ctx: Ctx, s: SedState, re: Regex | null, text: string): Gen<number[] | null> {
  const r = re ?? s.lastRe;
  if (!r) return null;
  s.lastRe = r;
  return yield* search(ctx, r, text, 0);
}

function* addrMatch(ctx: Ctx, a: Addr, s: SedState): Gen<boolean> {
  switch (a.t) {
    case 'line': return s.line === a.n;
    case 'last': return s.idx >= s.lines.length;
    case 're': return (yield* reMatch(ctx, s, a.re, s.ps)) !== null;
    case 'step': return a.step <= 0 ? s.line === a.first : s.line >= a.first && (s.line - a.first) % a.step === 0;
    default: return false;
  }
}

function* selected(ctx: Ctx, c: Cmd, s: SedState): Gen<boolean> {
  if (!c.a1) return true;
  if (!c.a2) return yield* addrMatch(ctx, c.a1, s);
  if (c.active) {
    const a2 = c.a2;
    let end = false;
    if (a2.t === 'line') end = s.line >= a2.n;
    else if (a2.t === 'plus') end = s.line >= c.endLine!;
    else if (a2.t === 'tilde') end = a2.n <= 0 || s.line % a2.n === 0;
    else end = yield* addrMatch(ctx, a2, s);
    if (a2.t === 'line' && s.line > a2.n) { c.active = false; return false; }
    if (end) c.active = false;
    return true;
  }
  if (yield* addrMatch(ctx, c.a1, s)) {
    const a2 = c.a2;
    if (a2.t === 'line') c.active = a2.n > s.line;
    else if (a2.t === 'plus') { c.endLine = s.line + a2.n; c.active = a2.n > 0; }
    else if (a2.t === 'tilde') c.active = a2.n > 0 && s.line % a2.n !== 0;
    else c.active = true;
    return true;
  }
  return false;
}

function* subst(ctx: Ctx, c: Cmd, s: SedState): Gen<boolean> {
  const re = c.re ?? s.lastRe;
  if (!re) return false;
  s.lastRe = re;
  const all = c.global || c.nth! > 1 ? yield* searchAll(ctx, re, s.ps) : [];
  const ms = all.length > 0 ? all : c.global || c.nth! > 1 ? [] : [(yield* search(ctx, re, s.ps, 0))].filter((x): x is number[] => x !== null);
  let out = '';
  let pos = 0;
  let did = false;
  ms.forEach((m, k) => {
    if (k + 1 < c.nth! || (!c.global && k + 1 > c.nth!)) return;
    out += s.ps.slice(pos, m[0]) + expandRepl(c.repl!, s.ps, m);
    pos = m[1]!;
    did = true;
  });
  if (!did) return false;
  s.ps = out + s.ps.slice(pos);
  return true;
}

function nextLine(s: SedState): string | null {
  if (s.idx >= s.lines.length) return null;
  s.line++;
  return s.lines[s.idx++]!;
}

function escapeL(ps: string): string {
  let out = '';
  for (const ch of ps) {
    const c = ch.charCodeAt(0);
    out += ch === '\\' ? '\\\\' : ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : ch === '\b' ? '\\b' : ch === '\f' ? '\\f' : ch === '\r' ? '\\r' : ch === '\x07' ? '\\a' : ch === '\v' ? '\\v' : c < 32 || c === 127 ? `\\${c.toString(8).padStart(3, '0')}` : ch;
  }
  const lines: string[] = [];
  while (out.length > 69) { lines.push(out.slice(0, 69) + '\\'); out = out.slice(69); }
  lines.push(out + '$');
  return lines.join('\n') + '\n';
}

/** Run one cycle's commands; returns 'next' | 'delete' | 'restart' (D). */
function* runCmds(ctx: Ctx, cmds: Cmd[], s: SedState): Gen<'end' | 'delete' | 'restart'> {
  let pc = 0;
  while (pc < cmds.length) {
    const c = cmds[pc]!;
    yield* ctx.tick();
    if (c.name === '}' || c.name === ':') { pc++; continue; }
    const sel = (yield* selected(ctx, c, s)) !== c.neg;
    if (!sel) { pc = c.name === '{' ? c.jump! : pc + 1; continue; }
    switch (c.name) {
      case '{': break;
      case 's': if (yield* subst(ctx, c, s)) { s.subst = true; for (let i = 0; i < c.print!; i++) s.out.push(s.ps + '\n'); } break;
      case 'y': s.ps = [...s.ps].map((ch) => { const i = [...c.from!].indexOf(ch); return i >= 0 ? [...c.to!][i]! : ch; }).join(''); break;
      case 'p': s.out.push(s.ps + '\n'); break;
      case 'P': s.out.push(s.ps.split('\n')[0] + '\n'); break;
      case 'd': return 'delete';
      case 'D': {
        const i = s.ps.indexOf('\n');
        if (i < 0) return 'delete';
        s.ps = s.ps.slice(i + 1);
        return 'restart';
      }
      case 'n': {
        if (!s.n) s.out.push(s.ps + '\n');
        flushAppend(s);
        const l = nextLine(s);
        if (l === null) { s.quit = s.quit ?? -1; return 'delete'; }
        s.ps = l;
        break;
      }
      case 'N': {
        flushAppend(s);
        const l = nextLine(s);
        if (l === null) { s.quit = -1; return 'end'; }
        s.ps += '\n' + l;
        break;
      }
      case 'g': s.ps = s.hs; break;
      case 'G': s.ps += '\n' + s.hs; break;
      case 'h': s.hs = s.ps; break;
      case 'H': s.hs += '\n' + s.ps; break;
      case 'x': [s.ps, s.hs] = [s.hs, s.ps]; break;
      case 'z': s.ps = ''; break;
      case '=': s.out.push(`${s.line}\n`); break;
      case 'l': s.out.push(escapeL(s.ps)); break;
      case 'a': s.append.push(c.text! + '\n'); break;
      case 'i': s.out.push(c.text! + '\n'); break;
      case 'c':
        if (!c.a2 || !c.active) s.out.push(c.text! + '\n');
        return 'delete';
      case 'b': pc = c.jump!; continue;
      case 't': if (s.subst) { s.subst = false; pc = c.jump!; continue; } break;
      case 'T': if (!s.subst) { pc = c.jump!; continue; } s.subst = false; break;
      case 'q': s.quit = c.code!; return 'end';
      case 'Q': s.quit = c.code!; return 'delete';
      case 'r': {
        const t = yield* readText(ctx, c.label!);
        if (typeof t === 'string') s.append.push(t.endsWith('\n') || t === '' ? t : t + '\n');
        break;
      }
      case 'w': {
        yield* writeWhole(ctx, c.label!, s.ps + '\n', 0o2101);
        break;
      }
      case 'F': s.out.push('-\n'); break;
      default: break;
    }
    pc++;
  }
  return 'end';
}

function flushAppend(s: SedState): void {
  s.out.push(...s.append);
  s.append = [];
}

/** Run a script over input text; returns the output text and the exit status. */
export function* runSed(ctx: Ctx, cmds: Cmd[], text: string, quiet: boolean): Gen<{ out: string; status: number }> {
  const lines = text.split('\n');
  const missingNl = !text.endsWith('\n');
  if (!missingNl) lines.pop();
  if (text === '') lines.length = 0;
  const s: SedState = { ps: '', hs: '', line: 0, lines, idx: 0, quit: null, append: [], out: [], n: quiet, lastRe: null, subst: false, lastLineMissingNl: missingNl };
  let restart = false;
  while (s.quit === null) {
    if (!restart) {
      const l = nextLine(s);
      if (l === null) break;
      s.ps = l;
    }
    s.subst = false;
    const r = yield* runCmds(ctx, cmds, s);
    restart = r === 'restart';
    if (r === 'end' && !quiet && s.quit !== -2) s.out.push(s.ps + '\n');
    flushAppend(s);
    if (s.quit === -1) { s.quit = null; break; }
  }
  let out = s.out.join('');
  if (missingNl && s.idx >= lines.length && out.endsWith('\n') && lines.length > 0) out = out.slice(0, -1);
  return { out, status: s.quit !== null && s.quit > 0 ? s.quit : 0 };
}

const sed = defineProgram('sed', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 'ne:f:i::ErsuzE',
    long: { quiet: 'n', silent: 'n', expression: 'e:', file: 'f:', 'in-place': 'i::', 'regexp-extended': 'E', separate: 's', posix: 'posix', debug: 'debug' },
  });
  if (typeof c === 'number') return c;
  const scripts: string[] = [];
  for (const [k, v] of c.o.list) {
    if (k === 'e') scripts.push(v!);
    if (k === 'f') {
      const t = yield* readText(ctx, v!);
      if (typeof t === 'number') { yield* ctx.err(`${ctx.prog}: couldn't open file ${v}: ${strerror(t)}\n`); return 1; }
      scripts.push(t.replace(/\n$/, ''));
    }
  }
  const args = [...c.args];
  if (scripts.length === 0) {
    if (args.length === 0) return yield* noScript(ctx);
    scripts.push(args.shift()!);
  }
  let cmds: Cmd[];
  try {
    cmds = parseSed(scripts, c.o.has('E') || c.o.has('r'));
  } catch (e) {
    if (e instanceof SedError) { yield* ctx.err(`${ctx.prog}: ${e.message}\n`); return 1; }
    throw e;
  }
  const quiet = c.o.has('n');
  const inPlace = c.o.has('i');
  const files = args.length > 0 ? args : ['-'];
  if (inPlace) {
    let status = 0;
    for (const f of files) {
      const d = yield* readInput(ctx, f);
      if (typeof d === 'number') { yield* ctx.err(`${ctx.prog}: can't read ${f}: ${strerror(d)}\n`); status = 2; continue; }
      for (const cmd of cmds) cmd.active = false;
      const r = yield* runSed(ctx, cmds, fromUtf8(d), quiet);
      const suffix = c.o.get('i');
      if (suffix) yield* writeWhole(ctx, f + suffix, d);
      yield* writeWhole(ctx, f, r.out);
      if (r.status) status = r.status;
    }
    return status;
  }
  let text = '';
  let status = 0;
  for (const f of files) {
    const d = yield* readInput(ctx, f);
    if (typeof d === 'number') { yield* ctx.err(`${ctx.prog}: can't read ${f}: ${strerror(d)}\n`); status = 2; continue; }
    const t = fromUtf8(d);
    text += text !== '' && !text.endsWith('\n') ? '\n' + t : t;
  }
  const r = yield* runSed(ctx, cmds, text, quiet);
  yield* ctx.out(r.out);
  return r.status || status;
});

function* noScript(ctx: Ctx): Gen<number> {
  yield* ctx.err(`Usage: ${ctx.prog} [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n`);
  return 1;
}

export function sedPrograms(): Record<string, Program> {
  return { '/bin/sed': sed };
}
