/** sed(1) script parser: GNU sed's command syntax into a flat command list with jump targets. */
import { compilePosix } from './lib/regex-bridge.ts';
import type { Regex } from './lib/regex-bridge.ts';

export type Addr =
  | { t: 'line'; n: number }
  | { t: 'last' }
  | { t: 're'; re: Regex | null }
  | { t: 'step'; first: number; step: number }
  | { t: 'plus'; n: number }
  | { t: 'tilde'; n: number };

export interface Cmd {
  a1: Addr | null;
  a2: Addr | null;
  neg: boolean;
  name: string;
  /** s: regex (null = last), replacement, flags */
  re?: Regex | null;
  repl?: string;
  global?: boolean;
  nth?: number;
  print?: number;
  wfile?: string;
  /** a i c: text; b t T: label; r w: file name; q Q: exit code; y: maps; {: index of matching } */
  text?: string;
  label?: string;
  code?: number;
  from?: string;
  to?: string;
  jump?: number;
  /** range state */
  active?: boolean;
  endLine?: number;
}

export class SedError extends Error {}

interface P { s: string; i: number; ere: boolean; expr: number }

function err(p: P, msg: string): never {
  throw new SedError(`-e expression #${p.expr}, char ${p.i}: ${msg}`);
}

function skipWs(p: P): void { while (p.i < p.s.length && /[ \t]/.test(p.s[p.i]!)) p.i++; }

/** Read up to an unescaped delimiter; returns the raw text (escapes of the delimiter removed). */
function readDelim(p: P, d: string, what: string): string {
  let out = '';
  while (p.i < p.s.length) {
    const c = p.s[p.i]!;
    if (c === '\\' && p.i + 1 < p.s.length) {
      const n = p.s[p.i + 1]!;
      out += n === d ? d : n === 'n' && d !== 'n' ? '\\n' : c + n;
      p.i += 2;
      continue;
    }
    if (c === d) { p.i++; return out; }
    if (c === '\n' && what !== 'repl') break;
    out += c;
    p.i++;
  }
  return err(p, `unterminated ${what === 'y' ? '`y\'' : '`s\''} command`);
}

function compileRe(p: P, src: string, flags: string): Regex | null {
  if (src === '') return null;
  const r = compilePosix(src, { ere: p.ere, icase: flags.includes('I') || flags.includes('i'), dialect: 'sed' });
  if (typeof r === 'string') err(p, r);
  return r;
}

function parseAddr(p: P): Addr | null {
  const c = p.s[p.i];
  if (c === undefined) return null;
  if (/\d/.test(c)) {
    let n = '';
    while (/\d/.test(p.s[p.i] ?? '')) n += p.s[p.i++];
    if (p.s[p.i] === '~') {
      p.i++;
      let st = '';
      while (/\d/.test(p.s[p.i] ?? '')) st += p.s[p.i++];
      return { t: 'step', first: Number(n), step: Number(st || 0) };
    }
    return { t: 'line', n: Number(n) };
  }
  if (c === '$') { p.i++; return { t: 'last' }; }
  if (c === '/' || c === '\\') {
    p.i++;
    const d = c === '\\' ? p.s[p.i++]! : '/';
    const src = readDelim(p, d, 'addr');
    let flags = '';
    while (p.s[p.i] === 'I' || p.s[p.i] === 'M') flags += p.s[p.i++];
    return { t: 're', re: compileRe(p, src, flags) };
  }
  return null;
}

function readLabel(p: P): string {
  skipWs(p);
  let l = '';
  while (p.i < p.s.length && !/[;\n]/.test(p.s[p.i]!)) l += p.s[p.i++];
  return l.trim();
}

/** Text argument of a/i/c: "a\" newline text, or GNU one-liner "a text". */
function readText(p: P): string {
  skipWs(p);
  if (p.s[p.i] === '\\') {
    p.i++;
    if (p.s[p.i] === '\n') p.i++;
  }
  let out = '';
  while (p.i < p.s.length) {
    const c = p.s[p.i]!;
    if (c === '\\' && p.i + 1 < p.s.length) {
      const n = p.s[p.i + 1]!;
      out += n === '\n' ? '\n' : n === 't' ? '\t' : n;
      p.i += 2;
      continue;
    }
    if (c === '\n') { p.i++; break; }
    out += c;
    p.i++;
  }
  return out;
}

function parseS(p: P, cmd: Cmd): void {
  const d = p.s[p.i++];
  if (d === undefined || d === '\n' || d === '\\') err(p, "unterminated `s' command");
  const src = readDelim(p, d, 's');
  cmd.repl = readDelim(p, d, 'repl');
  let flags = '';
  while (p.i < p.s.length && /[gpiImMe0-9w]/.test(p.s[p.i]!)) {
    const f = p.s[p.i++]!;
    if (f === 'w') { cmd.wfile = readLabel(p); break; }
    flags += f;
  }
  cmd.global = flags.includes('g');
  cmd.print = (flags.match(/p/g) ?? []).length;
  const nm = /\d+/.exec(flags);
  cmd.nth = nm ? Number(nm[0]) : 1;
  if (cmd.nth === 0) err(p, "number option to `s' command may not be zero");
  cmd.re = compileRe(p, src, flags);
}

function parseY(p: P, cmd: Cmd): void {
  const d = p.s[p.i++]!;
  const unesc = (s: string): string => s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  const a = unesc(readDelim(p, d, 'y'));
  const b = unesc(readDelim(p, d, 'y'));
  if ([...a].length !== [...b].length) err(p, "strings for `y' command are different lengths");
  cmd.from = a;
  cmd.to = b;
}

/** Parse the concatenated script (expressions joined by newlines). */
export function parseSed(scripts: string[], ere: boolean): Cmd[] {
  const cmds: Cmd[] = [];
  const open: number[] = [];
  scripts.forEach((s, k) => {
    const p: P = { s, i: 0, ere, expr: k + 1 };
    while (p.i < p.s.length) {
      while (p.i < p.s.length && /[ \t\n;]/.test(p.s[p.i]!)) p.i++;
      if (p.i >= p.s.length) break;
      if (p.s[p.i] === '#') { while (p.i < p.s.length && p.s[p.i] !== '\n') p.i++; continue; }
      const cmd: Cmd = { a1: parseAddr(p), a2: null, neg: false, name: '' };
      if (cmd.a1 && p.s[p.i] === ',') {
        p.i++;
        skipWs(p);
        if (p.s[p.i] === '+' || p.s[p.i] === '~') {
          const t = p.s[p.i++]!;
          let n = '';
          while (/\d/.test(p.s[p.i] ?? '')) n += p.s[p.i++];
          cmd.a2 = t === '+' ? { t: 'plus', n: Number(n) } : { t: 'tilde', n: Number(n) };
        } else {
          cmd.a2 = parseAddr(p);
          if (!cmd.a2) err(p, 'unexpected `,\'');
        }
      }
      skipWs(p);
      while (p.s[p.i] === '!') { cmd.neg = true; p.i++; skipWs(p); }
      const name = p.s[p.i++];
      if (name === undefined) err(p, 'missing command');
      cmd.name = name;
      switch (name) {
        case '{': open.push(cmds.length); break;
        case '}':
          if (open.length === 0) err(p, 'unexpected `}\'');
          cmds[open.pop()!]!.jump = cmds.length + 1;
          break;
        case 's': parseS(p, cmd); break;
        case 'y': parseY(p, cmd); break;
        case 'a': case 'i': case 'c': cmd.text = readText(p); break;
        case ':': cmd.label = readLabel(p); if (cmd.label === '') err(p, '":" lacks a label'); break;
        case 'b': case 't': case 'T': cmd.label = readLabel(p); break;
        case 'r': case 'R': case 'w': case 'W': cmd.label = readLabel(p); break;
        case 'q': case 'Q': case 'l': case 'L': {
          skipWs(p);
          let n = '';
          while (/\d/.test(p.s[p.i] ?? '')) n += p.s[p.i++];
          cmd.code = n === '' ? 0 : Number(n);
          break;
        }
        case '=': case 'd': case 'D': case 'g': case 'G': case 'h': case 'H': case 'n': case 'N':
        case 'p': case 'P': case 'x': case 'z': case 'F': break;
        default: err(p, `unknown command: \`${name}'`);
      }
      cmds.push(cmd);
      skipWs(p);
      if (p.i < p.s.length && !/[;\n}#]/.test(p.s[p.i]!) && !'aic:btTrRwW{'.includes(name)) err(p, `extra characters after command`);
    }
  });
  if (open.length > 0) throw new SedError(`-e expression #${scripts.length}, char 0: unmatched \`{'`);
  for (const c of cmds) {
    if ('btT'.includes(c.name)) {
      if (c.label === '') c.jump = cmds.length;
      else {
        const at = cmds.findIndex((x) => x.name === ':' && x.label === c.label);
        if (at < 0) throw new SedError(`can't find label for jump to \`${c.label}'`);
        c.jump = at;
      }
    }
  }
  return cmds;
}
