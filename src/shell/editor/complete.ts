/**
 * Tab completion as bash's default (no programmable completion) does it:
 * command names in command position (aliases, keywords, functions,
 * builtins, executables on PATH), file names elsewhere (directories get a
 * `/`), `$NAME` variables and `~user` names; and readline's listing of the
 * candidates in columns (rl_display_match_list).
 */
import { S_ISDIR, S_ISREG } from '../../abi/stat.ts';
import type { Gen } from '../../programs/runtime.ts';
import type { Shell } from '../shell.ts';
import { getScalar, visibleNames } from '../vars.ts';
import { charWidth } from './display.ts';

/** Bash 5.2's builtin commands (what `enable` lists), for command completion. */
const BASH_BUILTINS = (
  '. : [ alias bg bind break builtin caller cd command compgen complete compopt continue declare dirs disown echo ' +
  'enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout mapfile popd printf ' +
  'pushd pwd read readarray readonly return set shift shopt source suspend test times trap true type typeset ulimit ' +
  'umask unalias unset wait'
).split(' ');
const KEYWORDS = '! [[ ]] case coproc do done elif else esac fi for function if in select then time until while { }'.split(' ');

/** Characters that are backslash-quoted when a completed file name is inserted. */
const QUOTE_CHARS = new Set([...' \t\n\\"\'@<>=;|&()#$`?*[!:{']);

export type CompletionKind = 'command' | 'file' | 'variable' | 'user';

export interface Completion {
  kind: CompletionKind;
  /** Buffer range the completed text replaces. */
  start: number;
  end: number;
  /** The word as typed (what candidates extend). */
  word: string;
  /** Full candidate texts (e.g. "dir/file", "$HOME", "~root"), sorted, unique. */
  matches: string[];
  /** Candidates that are directories (file and user completion). */
  dirs: Set<string>;
}

const BREAK = /[\s;|&<>()]/;

function commandPosition(before: string): boolean {
  const t = before.replace(/\s+$/, '');
  if (t === '' || /(^|[;|&(!{`])$/.test(t)) return true;
  const m = /(?:^|[\s;|&(])([A-Za-z]+)$/.exec(t);
  return m !== null && ['then', 'do', 'else', 'elif', 'if', 'while', 'until', 'time', 'exec', 'command', 'sudo'].includes(m[1]!);
}

/** Find what to complete at `pos` and collect the candidates. */
export function* findCompletions(sh: Shell, chars: string[], pos: number): Gen<Completion> {
  const text = chars.slice(0, pos).join('');
  let start = pos;
  while (start > 0 && !BREAK.test(chars[start - 1]!)) start--;
  let word = chars.slice(start, pos).join('');
  const dollar = /\$\{?([A-Za-z_][A-Za-z0-9_]*)?$/.exec(word);
  if (dollar) {
    const s = start + [...word.slice(0, dollar.index)].length;
    const pre = dollar[0];
    const names = visibleNames(sh.st).filter((n) => n.startsWith(dollar[1] ?? ''));
    const brace = pre.startsWith('${');
    return { kind: 'variable', start: s, end: pos, word: pre, matches: uniqSort(names.map((n) => (brace ? '${' + n : '$' + n))), dirs: new Set() };
  }
  if (word.startsWith('~') && !word.includes('/')) {
    const users = yield* userNames(sh);
    const matches = uniqSort(users.filter((u) => u.startsWith(word.slice(1))).map((u) => '~' + u));
    return { kind: 'user', start, end: pos, word, matches, dirs: new Set(matches) };
  }
  const eq = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(word);
  if (eq) {
    start += eq[0].length;
    word = word.slice(eq[0].length);
  }
  const unq = unquote(word);
  if (!eq && commandPosition(text.slice(0, start)) && !unq.includes('/')) {
    return { kind: 'command', start, end: pos, word, matches: yield* commandNames(sh, unq), dirs: new Set() };
  }
  const { matches, dirs } = yield* fileNames(sh, unq, !eq && commandPosition(text.slice(0, start)));
  return { kind: 'file', start, end: pos, word, matches, dirs };
}

function uniqSort(a: string[]): string[] {
  return [...new Set(a)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** Remove backslashes and quotes from a typed word. */
export function unquote(w: string): string {
  let out = '';
  let q = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    if (q) {
      if (c === q) q = '';
      else out += c;
    } else if (c === '"' || c === "'") q = c;
    else if (c === '\\' && i + 1 < w.length) out += w[++i];
    else out += c;
  }
  return out;
}

/** Quote a file name for insertion. */
export function quoteName(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (QUOTE_CHARS.has(c)) out += '\\';
    out += c;
  }
  return out;
}

function* userNames(sh: Shell): Gen<string[]> {
  const t = yield* sh.readFile('/etc/passwd');
  if (typeof t === 'number') return [];
  return t.split('\n').filter((l) => l.includes(':')).map((l) => l.slice(0, l.indexOf(':')));
}

function* commandNames(sh: Shell, prefix: string): Gen<string[]> {
  const st = sh.st;
  const out: string[] = [];
  const add = (n: string): void => {
    if (n.startsWith(prefix)) out.push(n);
  };
  for (const n of st.aliases.keys()) add(n);
  for (const n of KEYWORDS) add(n);
  for (const n of st.funcs.keys()) add(n);
  for (const n of BASH_BUILTINS) add(n);
  for (const dir of (getScalar(st, 'PATH') ?? '').split(':')) {
    const d = dir === '' ? '.' : dir;
    const names = yield* sh.readdir(d);
    if (!names) continue;
    for (const n of names) {
      if (!n.startsWith(prefix)) continue;
      const s = sh.sys.stat(`${d}/${n}`);
      if (typeof s !== 'number' && S_ISREG(s.mode) && s.mode & 0o111) out.push(n);
    }
  }
  return uniqSort(out);
}

function expandTilde(sh: Shell, dir: string): string {
  const m = /^~([^/]*)/.exec(dir);
  if (!m) return dir;
  const home = sh.home(m[1]!);
  return home === null ? dir : home + dir.slice(m[0].length);
}

function* fileNames(sh: Shell, word: string, execOnly: boolean): Gen<{ matches: string[]; dirs: Set<string> }> {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const base = slash >= 0 ? word.slice(slash + 1) : word;
  const dir = dirPart === '' ? '.' : expandTilde(sh, dirPart);
  const names = (yield* sh.readdir(dir)) ?? [];
  if (base === '.' || base === '..' || (base.startsWith('.') && '..'.startsWith(base))) names.push('.', '..');
  const matches: string[] = [];
  const dirs = new Set<string>();
  for (const n of names) {
    if (!n.startsWith(base)) continue;
    if (base === '' && (n === '.' || n === '..')) continue;
    const s = sh.sys.stat((dir.endsWith('/') ? dir : dir + '/') + n);
    const isDir = typeof s !== 'number' && S_ISDIR(s.mode);
    if (execOnly && !isDir && (typeof s === 'number' || !(s.mode & 0o111))) continue;
    matches.push(dirPart + n);
    if (isDir) dirs.add(dirPart + n);
  }
  return { matches: uniqSort(matches), dirs };
}

/** The longest common prefix of the matches. */
export function commonPrefix(ms: string[]): string {
  if (!ms.length) return '';
  let p = ms[0]!;
  for (const m of ms) while (!m.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** What a candidate looks like in a listing: the last path part, `/` after directories. */
export function displayName(c: Completion, m: string): string {
  if (c.kind !== 'file') return m;
  const base = m.endsWith('/') ? m : m.slice(m.lastIndexOf('/') + 1);
  return base + (c.dirs.has(m) ? '/' : '');
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** The listing's rows (readline's vertical layout); each row ends without a newline. */
export function listingRows(c: Completion, cols: number): string[] {
  const names = c.matches.map((m) => displayName(c, m));
  let max = 0;
  for (const m of c.matches) {
    const base = c.kind === 'file' ? displayName(c, m).replace(/\/$/, '') : m;
    max = Math.max(max, width(base));
  }
  max += 2;
  let limit = Math.floor(cols / max);
  if (limit !== 1 && limit * max === cols) limit--;
  if (limit === 0) limit = 1;
  const count = Math.ceil(names.length / limit);
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    let row = '';
    for (let j = 0, l = i; j < limit && l < names.length; j++, l += count) {
      const n = names[l]!;
      row += n;
      if (j + 1 < limit) {
        const w = width(n);
        row += max <= w ? ' ' : ' '.repeat(max - w);
      }
    }
    rows.push(row);
  }
  return rows;
}
