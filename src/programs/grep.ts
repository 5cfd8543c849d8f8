/** grep(1): BRE/ERE/fixed patterns on the preemptible engine; -i -v -c -n -o -r -l -L -q -w -x -h -H -A -B -C -m -e -f. */
import { defineProgram, fromUtf8 } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program } from '../abi/sys.ts';
import { parseCmd, readInput, readText, joinPath, splitLines } from './lib/io.ts';
import type { Cmdline } from './lib/io.ts';
import { compilePosix, search } from './lib/regex-bridge.ts';
import type { Regex } from './lib/regex-bridge.ts';
import { O_RDONLY, O_DIRECTORY } from '../abi/fcntl.ts';
import { S_ISDIR } from '../abi/stat.ts';
import { strerror } from '../abi/errno.ts';

/** Escape a fixed string as a BRE. */
export function escapeBre(s: string): string {
  return s.replace(/[\\.[\]*^$]/g, '\\$&');
}

interface GrepState {
  c: Cmdline; res: Regex[]; multi: boolean; status: number; matched: boolean; invert: boolean;
  count: boolean; only: boolean; num: boolean; listFiles: boolean; listMissing: boolean; quiet: boolean; noMsg: boolean;
  before: number; after: number; max: number; lastPrinted: number; anyPrinted: boolean;
}

function* firstMatch(ctx: Ctx, res: Regex[], line: string, from: number): Gen<[number, number] | null> {
  let best: [number, number] | null = null;
  for (const re of res) {
    const m = yield* search(ctx, re, line, from);
    if (m && (!best || m[0]! < best[0] || (m[0] === best[0] && m[1]! > best[1]))) best = [m[0]!, m[1]!];
  }
  return best;
}

function* grepText(ctx: Ctx, name: string, text: string, s: GrepState): Gen<void> {
  const lines = splitLines(text);
  const display = name === '-' ? '(standard input)' : name;
  const prefix = (n: number, sep: string): string => (s.multi ? display + sep : '') + (s.num ? `${n + 1}${sep}` : '');
  let hits = 0;
  const binary = text.includes('\0');
  let afterLeft = 0;
  s.lastPrinted = -1;
  for (let i = 0; i < lines.length; i++) {
    if (s.max >= 0 && hits >= s.max) {
      if (afterLeft > 0 && !s.count && !s.listFiles && !s.quiet) {
        yield* ctx.out(prefix(i, '-') + lines[i] + '\n'); s.lastPrinted = i; afterLeft--; continue;
      }
      break;
    }
    const line = lines[i]!;
    const m = yield* firstMatch(ctx, s.res, line, 0);
    if ((m !== null) === s.invert) {
      if (afterLeft > 0 && !s.count && !s.listFiles && !s.quiet && !binary) {
        yield* ctx.out(prefix(i, '-') + line + '\n'); s.lastPrinted = i; afterLeft--;
      }
      continue;
    }
    hits++;
    s.matched = true;
    if (s.quiet) return;
    if (s.count || s.listFiles || s.listMissing) continue;
    if (binary) { yield* ctx.out(`${ctx.prog}: ${display}: binary file matches\n`); return; }
    if (s.before > 0 || s.after > 0) {
      const from = Math.max(i - s.before, s.lastPrinted + 1);
      if (s.anyPrinted && s.lastPrinted >= 0 && from > s.lastPrinted + 1) yield* ctx.out('--\n');
      else if (s.anyPrinted && s.lastPrinted < 0) yield* ctx.out('--\n');
      for (let j = from; j < i; j++) yield* ctx.out(prefix(j, '-') + lines[j] + '\n');
      afterLeft = s.after;
    }
    s.anyPrinted = true;
    s.lastPrinted = i;
    if (s.only && !s.invert) {
      let pos = 0;
      while (pos <= line.length) {
        const mm = yield* firstMatch(ctx, s.res, line, pos);
        if (!mm) break;
        if (mm[1] > mm[0]) yield* ctx.out(prefix(i, ':') + line.slice(mm[0], mm[1]) + '\n');
        pos = mm[1] > mm[0] ? mm[1] : mm[0] + 1;
      }
    } else if (!s.only) yield* ctx.out(prefix(i, ':') + line + '\n');
  }
  if (s.count) yield* ctx.out((s.multi ? display + ':' : '') + hits + '\n');
  if (s.listFiles && hits > 0) yield* ctx.out(display + '\n');
  if (s.listMissing && hits === 0) yield* ctx.out(display + '\n');
}

function* grepPath(ctx: Ctx, p: string, s: GrepState, recursive: boolean, top: boolean): Gen<void> {
  if (p !== '-') {
    const st = ctx.sys.stat(p);
    if (typeof st === 'number') {
      if (!s.noMsg) yield* ctx.err(`${ctx.prog}: ${p}: ${strerror(st)}\n`);
      s.status = 2;
      return;
    }
    if (S_ISDIR(st.mode)) {
      if (!recursive) {
        if (!s.noMsg) yield* ctx.err(`${ctx.prog}: ${p}: Is a directory\n`);
        s.status = 2;
        return;
      }
      const fd = ctx.sys.open(p, O_RDONLY | O_DIRECTORY);
      const names: string[] = [];
      if (fd >= 0) {
        for (;;) {
          const ents = ctx.sys.getdents(fd);
          if (typeof ents === 'number' || ents.length === 0) break;
          for (const e of ents) if (e.name !== '.' && e.name !== '..') names.push(e.name);
        }
        ctx.sys.close(fd);
      }
      for (const n of names.sort()) {
        yield* grepPath(ctx, p === '.' && top && s.c.args.length === 0 ? n : joinPath(p, n), s, recursive, false);
        if (s.quiet && s.matched) return;
      }
      return;
    }
  }
  const data = yield* readInput(ctx, p);
  if (typeof data === 'number') {
    if (!s.noMsg) yield* ctx.err(`${ctx.prog}: ${p}: ${strerror(data)}\n`);
    s.status = 2;
    return;
  }
  yield* grepText(ctx, p, fromUtf8(data), s);
}

const grep = defineProgram('grep', function* (ctx) {
  const name = ctx.name;
  const c = yield* parseCmd(ctx, {
    short: 'EFGPivcnorRlLqswxhHe:f:A:B:C:m:abIuUzZ',
    long: { 'extended-regexp': 'E', 'fixed-strings': 'F', 'basic-regexp': 'G', 'ignore-case': 'i', 'invert-match': 'v', count: 'c',
      'line-number': 'n', 'only-matching': 'o', recursive: 'r', 'dereference-recursive': 'R', 'files-with-matches': 'l',
      'files-without-match': 'L', quiet: 'q', silent: 'q', 'no-messages': 's', 'word-regexp': 'w', 'line-regexp': 'x',
      'no-filename': 'h', 'with-filename': 'H', regexp: 'e:', file: 'f:', 'after-context': 'A:', 'before-context': 'B:',
      context: 'C:', 'max-count': 'm:', color: 'color::', colour: 'color::', include: 'include:', exclude: 'exclude:' },
  }, 2);
  if (typeof c === 'number') return c;
  const o = c.o;
  let pats = o.all('e');
  for (const f of o.all('f')) {
    const t = yield* readText(ctx, f);
    if (typeof t === 'number') { yield* ctx.err(`${ctx.prog}: ${f}: ${strerror(t)}\n`); return 2; }
    pats.push(...splitLines(t));
  }
  const args = [...c.args];
  if (!o.has('e') && !o.has('f')) {
    if (args.length === 0) { yield* ctx.err(`Usage: ${ctx.prog} [OPTION]... PATTERNS [FILE]...\nTry '${ctx.prog} --help' for more information.\n`); return 2; }
    pats = args.shift()!.split('\n');
  }
  const mode = name === 'egrep' ? 'E' : name === 'fgrep' ? 'F' : o.last('E', 'F', 'G', 'P') ?? 'G';
  const ere = mode === 'E' || mode === 'P';
  const res: Regex[] = [];
  for (let p of pats) {
    if (mode === 'F') p = escapeBre(p);
    if (o.has('x')) p = ere ? `^(${p})$` : `^\\(${p}\\)$`;
    else if (o.has('w')) p = ere ? `\\<(${p})\\>` : `\\<\\(${p}\\)\\>`;
    const r = compilePosix(p, { ere: ere || false, icase: o.has('i') });
    if (typeof r === 'string') {
      const msg = r.startsWith('Unmatched [') && /(^|[^\\])\[$/.test(p) ? 'Invalid regular expression' : r;
      yield* ctx.err(`${ctx.prog}: ${msg}\n`);
      return 2;
    }
    res.push(r);
  }
  const recursive = o.has('r') || o.has('R');
  const files = args.length > 0 ? args : [recursive ? '.' : '-'];
  const multi = o.has('H') || (!o.has('h') && (files.length > 1 || recursive));
  const ctxN = Number(o.get('C') ?? 0);
  const s: GrepState = {
    c: { o, args }, res, multi: multi && !o.has('h'), status: 0, matched: false, invert: o.has('v'), count: o.has('c'), only: o.has('o'),
    num: o.has('n'), listFiles: o.has('l'), listMissing: o.has('L'), quiet: o.has('q'), noMsg: o.has('s'),
    before: Number(o.get('B') ?? ctxN), after: Number(o.get('A') ?? ctxN), max: o.has('m') ? Number(o.get('m')) : -1,
    lastPrinted: -1, anyPrinted: false,
  };
  for (const f of files) {
    yield* grepPath(ctx, f, s, recursive, true);
    if (s.quiet && s.matched) return 0;
  }
  if (s.status === 2 && !(s.quiet && s.matched)) return 2;
  return s.matched ? 0 : 1;
});

export function grepPrograms(): Record<string, Program> {
  return { '/bin/grep': grep, '/bin/egrep': grep, '/bin/fgrep': grep };
}
