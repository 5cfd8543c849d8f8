// POSIX basic and extended regular expressions, GNU flavour (grep, sed, awk), compiled
// to the same VM as Perl patterns.
//
// GNU extensions accepted: in BREs `\+ \? \|`; in both `\w \W \s \S \b \B \< \> \` \'`,
// back-references \1-\9 (also in EREs), `\n` and `\t` (GNU sed). Matching is
// leftmost-longest for the whole match (POSIX XBD 9.1): among the matches that start
// at the leftmost position the longest wins, so `a|ab` on "abc" matches "ab" as GNU grep
// does. Subexpressions report the captures of the first path (in Perl's order) that
// reached that longest end, which can differ from POSIX's subexpression rules in
// ambiguous patterns. Error texts are glibc's (regerror); callers add their prefix
// (`grep: `, `sed: -e expression #1, char N: `).

import type { ClassItem, ClassSet, Node, RegexError } from './ast.ts';
import { INF, isRegexError } from './ast.ts';
import { hasCase, POSIX_NAMES } from './chars.ts';
import { compileProgram } from './compile.ts';
import type { Program } from './program.ts';

class PosixSyntax {
  constructor(readonly message: string) {}
}

const WORD: ClassSet = { neg: false, ranges: [], items: ['w'], ci: false };

function wordEdge(start: boolean): Node {
  const w: Node = { t: 'class', set: WORD };
  const before: Node = { t: 'look', behind: true, neg: start, body: w };
  const after: Node = { t: 'look', behind: false, neg: !start, body: w };
  return { t: 'seq', items: [before, after] };
}

class PosixParser {
  pos = 0;
  groups = 0;
  closed: number[] = [];

  constructor(readonly src: string, readonly ere: boolean, readonly icase: boolean, readonly strict: boolean) {}

  fail(msg: string): never { throw new PosixSyntax(msg); }
  peek(k = 0): string { return this.src.charAt(this.pos + k); }
  eof(): boolean { return this.pos >= this.src.length; }

  /** At `\|` (BRE) or `|` (ERE)? */
  atBar(): boolean {
    return this.ere ? this.peek() === '|' : this.peek() === '\\' && this.peek(1) === '|';
  }

  atClose(depth: number): boolean {
    if (depth === 0) return false;
    return this.ere ? this.peek() === ')' : this.peek() === '\\' && this.peek(1) === ')';
  }

  parseAlt(depth: number): Node {
    const alts = [this.parseSeq(depth)];
    while (this.atBar()) {
      this.pos += this.ere ? 1 : 2;
      alts.push(this.parseSeq(depth));
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  parseSeq(depth: number): Node {
    const items: Node[] = [];
    let start = true;
    while (!this.eof() && !this.atBar() && !this.atClose(depth)) {
      if (this.ere && this.peek() === ')' && depth === 0) {
        if (this.strict) this.fail('Unmatched ) or \\)');
        this.pos++;
        items.push(this.char(0x29));
        continue;
      }
      const q = this.readQuant(start);
      if (q) {
        if (items.length === 0 && this.ere && this.strict) this.fail('Invalid preceding regular expression');
        if (items.length > 0) items.push({ t: 'quant', body: items.pop()!, min: q.min, max: q.max, mode: 'greedy' });
        continue;
      }
      const atom = this.parseAtom(start, depth);
      start = atom.t === 'assert' && (atom.kind === 'bol') && !this.ere;
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  /** A quantifier at the cursor, consumed; null if none (BRE `*` at the start is literal). */
  readQuant(start: boolean): { min: number; max: number } | null {
    const c = this.peek();
    if (c === '*' && !(start && !this.ere)) { this.pos++; return { min: 0, max: INF }; }
    if (this.ere && (c === '+' || c === '?')) { this.pos++; return c === '+' ? { min: 1, max: INF } : { min: 0, max: 1 }; }
    if (!this.ere && c === '\\' && (this.peek(1) === '+' || this.peek(1) === '?')) {
      if (start) return null;
      this.pos += 2;
      return this.src[this.pos - 1] === '+' ? { min: 1, max: INF } : { min: 0, max: 1 };
    }
    if (this.ere && c === '{') return this.interval(1, '}');
    if (!this.ere && c === '\\' && this.peek(1) === '{' && !start) return this.interval(2, '\\}');
    return null;
  }

  interval(open: number, close: string): { min: number; max: number } | null {
    const m = /^(\d*)(,(\d*))?/.exec(this.src.slice(this.pos + open))!;
    const after = this.pos + open + m[0].length;
    if (!this.src.startsWith(close, after)) {
      if (this.ere && !this.strict) return null;
      const closer = this.src.indexOf(close, after);
      this.fail(closer < 0 ? 'Unmatched \\{' : 'Invalid content of \\{\\}');
    }
    if (m[1] === '' && m[2] === undefined) {
      if (this.ere && !this.strict) return null;
      this.fail('Invalid content of \\{\\}');
    }
    const min = m[1] === '' ? 0 : Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? INF : Number(m[3]);
    if (max !== INF && max < min) this.fail('Invalid content of \\{\\}');
    if (min > 32767 || max > 32767) this.fail('Regular expression too big');
    this.pos = after + close.length;
    return { min, max };
  }

  char(cp: number): Node {
    return { t: 'char', cp, ci: this.icase && hasCase(cp) };
  }

  parseAtom(start: boolean, depth: number): Node {
    const c = this.src.codePointAt(this.pos)!;
    this.pos += c > 0xffff ? 2 : 1;
    switch (c) {
      case 0x2e: return { t: 'any', nl: true };
      case 0x5b: return { t: 'class', set: this.bracket() };
      case 0x5e:
        if (this.ere || start) return { t: 'assert', kind: 'bol' };
        return this.char(c);
      case 0x24:
        if (this.ere || this.eof() || this.atBar() || this.atClose(depth)) return { t: 'assert', kind: 'eol' };
        return this.char(c);
      case 0x28:
        if (this.ere) return this.group(depth);
        return this.char(c);
      case 0x7b: case 0x2a: case 0x2b: case 0x3f:
        return this.char(c);
      case 0x5c: return this.escape(depth);
      default: return this.char(c);
    }
  }

  group(depth: number): Node {
    const index = ++this.groups;
    const body = this.parseAlt(depth + 1);
    if (!this.atClose(depth + 1)) this.fail('Unmatched ( or \\(');
    this.pos += this.ere ? 1 : 2;
    this.closed.push(index);
    return { t: 'group', index, body };
  }

  escape(depth: number): Node {
    if (this.eof()) this.fail('Trailing backslash');
    const c = this.peek();
    this.pos++;
    if (!this.ere && c === '(') return this.group(depth);
    if (!this.ere && c === ')') this.fail('Unmatched ) or \\)');
    if (!this.ere && c === '{') return this.char(0x7b);
    if (/[1-9]/.test(c)) {
      const n = Number(c);
      if (!this.closed.includes(n)) this.fail('Invalid back reference');
      return { t: 'backref', groups: [n], ci: this.icase };
    }
    const items: Record<string, ClassItem> = { w: 'w', W: 'W', s: 's', S: 'S' };
    if (items[c]) return { t: 'class', set: { neg: false, ranges: [], items: [items[c]], ci: false } };
    switch (c) {
      case 'b': return { t: 'assert', kind: 'b' };
      case 'B': return { t: 'assert', kind: 'B' };
      case '<': return wordEdge(true);
      case '>': return wordEdge(false);
      case '`': return { t: 'assert', kind: 'A' };
      case "'": return { t: 'assert', kind: 'z' };
      case 'n': return this.char(10);
      case 't': return this.char(9);
    }
    const cp = this.src.codePointAt(this.pos - 1)!;
    if (cp > 0xffff) this.pos++;
    return this.char(cp);
  }

  /** A bracket expression after `[` (XBD 9.3.5); backslash is an ordinary character. */
  bracket(): ClassSet {
    const open = this.pos - 1;
    let neg = false;
    if (this.peek() === '^') { neg = true; this.pos++; }
    const ranges: number[] = [];
    const items: ClassItem[] = [];
    let first = true;
    for (;;) {
      if (this.eof()) this.fail('Unmatched [, [^, [:, [., or [=');
      if (this.peek() === ']' && !first) { this.pos++; break; }
      first = false;
      const lo = this.bracketElem();
      if (typeof lo === 'number' && this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.pos++;
        const hi = this.bracketElem();
        if (typeof hi !== 'number' || hi < lo) this.fail('Invalid range end');
        ranges.push(lo, hi);
      } else if (typeof lo === 'number') ranges.push(lo, lo);
      else items.push(lo);
    }
    if (/^\[:[a-z]+:\]$/.test(this.src.slice(open, this.pos))) {
      this.fail(`character class syntax is [${this.src.slice(open, this.pos)}], not ${this.src.slice(open, this.pos)}`);
    }
    return { neg, ranges, items, ci: this.icase };
  }

  bracketElem(): number | ClassItem {
    if (this.peek() === '[' && ':=.'.includes(this.peek(1)) && this.peek(1) !== '') {
      const kind = this.peek(1);
      const end = this.src.indexOf(`${kind}]`, this.pos + 2);
      if (end < 0) this.fail('Unmatched [, [^, [:, [., or [=');
      const name = this.src.slice(this.pos + 2, end);
      this.pos = end + 2;
      if (kind === ':') {
        if (!(POSIX_NAMES as readonly string[]).includes(name) || name === 'word') this.fail('Invalid character class name');
        return `p:${name}`;
      }
      const cp = name.codePointAt(0);
      if (cp === undefined || name.length !== (cp > 0xffff ? 2 : 1)) this.fail('Invalid collation character');
      return cp;
    }
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }
}

/** Whose reading of questionable EREs to follow: GNU grep's (lenient) or glibc's, as sed uses. */
export type PosixDialect = 'grep' | 'sed';

function compilePosix(src: string, ere: boolean, icase: boolean, dialect: PosixDialect): Program | RegexError {
  const p = new PosixParser(src, ere, icase, dialect === 'sed');
  let node: Node;
  try {
    node = p.parseAlt(0);
    if (!p.eof()) p.fail('Unmatched ) or \\)');
  } catch (e) {
    if (e instanceof PosixSyntax) return { error: true, message: e.message, offset: -1 };
    throw e;
  }
  const out = compileProgram({ node, ngroups: p.groups, names: [] }, {
    charset: 'u', patternUni: true, source: src, flags: ere ? 'E' : 'G', longest: true,
  });
  return isRegexError(out) ? { error: true, message: 'Invalid regular expression', offset: -1 } : out;
}

/** Compiles a GNU basic regular expression (grep, sed without -E). Never throws. */
export function compileBre(src: string, icase: boolean, dialect: PosixDialect = 'grep'): Program | RegexError {
  return compilePosix(src, false, icase, dialect);
}

/** Compiles a GNU extended regular expression (grep -E, sed -E, awk). Never throws. */
export function compileEre(src: string, icase: boolean, dialect: PosixDialect = 'grep'): Program | RegexError {
  return compilePosix(src, true, icase, dialect);
}
