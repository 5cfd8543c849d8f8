// Perl 5.36 regex syntax (perlre) → syntax tree (ast.ts).
// `\Q..\E` and variable interpolation are the Perl compiler's job; this sees the
// pattern after interpolation. Error texts follow perl's regcomp.c to the letter and
// stop after `m/.../`; the caller appends ` at FILE line N.`.

import type { ClassItem, ClassSet, Node, ParsedRegex, QuantMode, RegexError } from './ast.ts';
import { INF } from './ast.ts';
import { hasCase } from './chars.ts';
import { classEscape, parseCharEscape, parseClass, type Cursor } from './parse-class.ts';
import { linkCalls, resolveRefs } from './parse-refs.ts';

/** Modifiers that change how the pattern is read. */
export interface Flags {
  i: boolean; m: boolean; s: boolean; x: boolean; xx: boolean; n: boolean;
}

/** Thrown inside the parser only; turned into a RegexError by parseRegex. */
export class RegexSyntax {
  constructor(readonly message: string, readonly offset: number, readonly here: boolean) {}
}

export interface CallFix { num: number; name: string | null; offset: number; node: { group: number; target?: Node } }
export interface BackrefFix { num: number; name: string | null; offset: number; node: { groups: number[] } }

class Parser implements Cursor {
  pos = 0;
  groups = 0;
  names: [string, number[]][] = [];
  refs: BackrefFix[] = [];
  calls: CallFix[] = [];
  sawCall = false;
  totalGroups: number;
  uni = false;
  lookDepth = 0;
  /** the last construct read was (?flags), after which a quantifier quantifies nothing */
  afterFlags = false;

  constructor(readonly src: string, flags: Flags) {
    this.totalGroups = countGroups(src, flags.n);
  }

  fail(msg: string, offset = this.pos): never {
    throw new RegexSyntax(msg, offset, true);
  }

  peek(k = 0): string { return this.src.charAt(this.pos + k); }
  eof(): boolean { return this.pos >= this.src.length; }

  /** Skips /x whitespace and comments. */
  skipX(f: Flags): void {
    if (!f.x) return;
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') this.pos++;
      else if (c === '#') {
        while (!this.eof() && this.peek() !== '\n') this.pos++;
      } else return;
    }
  }

  parseAlt(f: Flags): Node {
    const alts: Node[] = [this.parseSeq(f)];
    while (this.peek() === '|') {
      this.pos++;
      alts.push(this.parseSeq(f));
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  parseSeq(f: Flags): Node {
    const items: Node[] = [];
    for (;;) {
      this.skipX(f);
      if (this.eof() || this.peek() === '|' || this.peek() === ')') break;
      const c = this.peek();
      const isQuant = c === '*' || c === '+' || c === '?' || (c === '{' && this.quantAt() !== null);
      if (isQuant && items.length > 0 && !this.afterFlags) {
        // only after (?#...) or (?flags): the quantifier applies to the atom before them
        items.push(this.parseQuant(items.pop()!, f));
        continue;
      }
      if (isQuant && c === '{') { this.pos++; items.push(this.charNode(0x7b, f)); continue; }
      if (isQuant) this.fail('Quantifier follows nothing', this.pos + 1);
      this.afterFlags = false;
      const atom = this.parseAtom(f);
      if (atom === null) continue;
      items.push(this.parseQuant(atom, f));
    }
    return items.length === 1 ? items[0] : items.length === 0 ? { t: 'empty' } : { t: 'seq', items };
  }

  /** If a `{n,m}` quantifier starts here, its bounds and end offset. */
  quantAt(): [number, number, number, number] | null {
    const m = /^\{\s*(\d*)\s*(?:(,)\s*(\d*)\s*)?\}/.exec(this.src.slice(this.pos, this.pos + 40));
    if (!m || (m[1] === '' && (m[2] === undefined || m[3] === ''))) return null;
    const min = m[1] === '' ? 0 : Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? INF : Number(m[3]);
    const endDigits = this.pos + m[0].length - 1 - (m[0].length - 1 - m[0].trimEnd().length);
    return [min, max, this.pos + m[0].length, endDigits];
  }

  readQuant(): { min: number; max: number } | null {
    const c = this.peek();
    if (c === '*') { this.pos++; return { min: 0, max: INF }; }
    if (c === '+') { this.pos++; return { min: 1, max: INF }; }
    if (c === '?') { this.pos++; return { min: 0, max: 1 }; }
    if (c !== '{') return null;
    const q = this.quantAt();
    if (!q) return null;
    const [min, max, end] = q;
    const digitsEnd = this.src.lastIndexOf('}', end - 1);
    if (min > 65534 || max > 65534) this.fail('Quantifier in {,} bigger than 65534', digitsEnd);
    this.pos = end;
    return { min, max };
  }

  parseQuant(atom: Node, f: Flags): Node {
    this.skipX(f);
    const qStart = this.pos;
    const q = this.readQuant();
    if (!q) return atom;
    if (atom.t === 'keep' && q.max === INF && this.src.slice(qStart - 2, qStart) === '\\K') {
      this.fail(`\\K${this.src.slice(qStart, this.pos)} is forbidden - matches null string many times`);
    }
    let mode: QuantMode = 'greedy';
    if (this.peek() === '?') { mode = 'lazy'; this.pos++; } else if (this.peek() === '+') { mode = 'possessive'; this.pos++; }
    this.skipX(f);
    const c = this.peek();
    if (c === '*' || c === '+' || c === '?' || (c === '{' && this.quantAt() !== null)) {
      this.fail('Nested quantifiers', this.pos + 1);
    }
    if (q.max !== INF && q.min > q.max) return { t: 'fail' };
    return { t: 'quant', body: atom, min: q.min, max: q.max, mode };
  }

  charNode(cp: number, f: Flags): Node {
    if (cp > 0xff) this.uni = true;
    return { t: 'char', cp, ci: f.i && hasCase(cp) };
  }

  parseAtom(f: Flags): Node | null {
    const start = this.pos;
    const c = this.src.codePointAt(this.pos)!;
    this.pos += c > 0xffff ? 2 : 1;
    switch (c) {
      case 0x28 /* ( */: return this.parseGroup(f, start);
      case 0x5b /* [ */: return { t: 'class', set: parseClass(this, f, start) };
      case 0x2e /* . */: return { t: 'any', nl: f.s };
      case 0x5e /* ^ */: return { t: 'assert', kind: f.m ? 'mbol' : 'bol' };
      case 0x24 /* $ */: return { t: 'assert', kind: f.m ? 'meol' : 'eol' };
      case 0x5c /* \ */: return this.parseEscape(f, start);
      default: return this.charNode(c, f);
    }
  }

  parseEscape(f: Flags, start: number): Node | null {
    if (this.eof()) throw new RegexSyntax('Trailing \\', -1, false);
    const c = this.peek();
    const simple: Record<string, Node> = {
      A: { t: 'assert', kind: 'A' }, z: { t: 'assert', kind: 'z' }, Z: { t: 'assert', kind: 'Z' },
      G: { t: 'assert', kind: 'G' }, K: { t: 'keep' },
    };
    if (c === 'K' && this.lookDepth > 0) this.fail('\\K not permitted in lookahead/lookbehind', this.pos + 1);
    if (simple[c]) { this.pos++; return simple[c]; }
    if (c === 'b' || c === 'B') {
      this.pos++;
      if (this.peek() === '{') this.boundType();
      return { t: 'assert', kind: c };
    }
    if (c === 'R') { this.pos++; return this.linebreak(); }
    if (c === 'X') { this.pos++; return this.grapheme(); }
    if (c === 'N' && this.peek(1) !== '{') {
      this.pos++;
      return { t: 'class', set: { neg: true, ranges: [10, 10], items: [], ci: false } };
    }
    if (/[1-9]/.test(c)) {
      const m = /^\d+/.exec(this.src.slice(this.pos))![0];
      const n = Number(m);
      if (n < 10 || n <= this.totalGroups) {
        this.pos += m.length;
        return this.backref(n, null, this.pos, f);
      }
    }
    if (c === 'g') return this.parseG(f);
    if (c === 'k') return this.parseK(f);
    const item = classEscape(this, f);
    if (item !== null) {
      if (item.length > 1) this.uni = true;
      return { t: 'class', set: { neg: false, ranges: [], items: [item], ci: false } };
    }
    const cp = parseCharEscape(this, false);
    void start;
    return this.charNode(cp, f);
  }

  boundType(): void {
    const close = this.src.indexOf('}', this.pos);
    const name = this.src.slice(this.pos + 1, close < 0 ? undefined : close);
    if (close >= 0 && ['gcb', 'g', 'wb', 'sb', 'lb'].includes(name)) {
      this.fail(`\\b{${name}} is not supported by this perl`, close + 1);
    }
    this.fail(`'${name}' is an unknown bound type`, close < 0 ? this.src.length : close);
  }

  linebreak(): Node {
    const v: ClassSet = { neg: false, ranges: [], items: ['v'], ci: false };
    const crlf: Node = { t: 'seq', items: [{ t: 'char', cp: 13, ci: false }, { t: 'char', cp: 10, ci: false }] };
    return { t: 'atomic', body: { t: 'alt', alts: [crlf, { t: 'class', set: v }] } };
  }

  grapheme(): Node {
    const mark: ClassSet = { neg: false, ranges: [], items: ['u:M'], ci: false };
    const base: Node = { t: 'any', nl: true };
    const crlf: Node = { t: 'seq', items: [{ t: 'char', cp: 13, ci: false }, { t: 'char', cp: 10, ci: false }] };
    const seq: Node = { t: 'seq', items: [base, { t: 'quant', body: { t: 'class', set: mark }, min: 0, max: INF, mode: 'greedy' }] };
    return { t: 'atomic', body: { t: 'alt', alts: [crlf, seq] } };
  }

  backref(num: number, name: string | null, offset: number, f: Flags): { t: 'backref'; groups: number[]; ci: boolean } {
    const node = { t: 'backref' as const, groups: [] as number[], ci: f.i };
    this.refs.push({ num, name, offset, node });
    return node;
  }

  parseG(f: Flags): Node {
    this.pos++; // g
    const m = /^(?:\{\s*(-?\d+|[A-Za-z_]\w*)\s*\}|(-?\d+))/.exec(this.src.slice(this.pos));
    if (!m) this.fail('Unterminated \\g... pattern');
    const body = m[1] ?? m[2];
    if (/^[A-Za-z_]/.test(body)) {
      this.pos += m[0].length;
      return this.backref(0, body, this.pos - 1, f);
    }
    let n = Number(body);
    if (n < 0) {
      n = this.groups + 1 + n;
      if (n < 1) this.fail('Reference to nonexistent or unclosed group', this.pos + (m[1] ? 2 : 1));
    }
    if (n === 0) this.fail('Reference to invalid group 0', this.pos + m[0].length);
    this.pos += m[0].length;
    return this.backref(n, null, this.pos, f);
  }

  parseK(f: Flags): Node {
    this.pos++; // k
    const open = this.peek();
    const close = open === '<' ? '>' : open === "'" ? "'" : open === '{' ? '}' : '';
    if (!close) this.fail('Sequence \\k... not terminated');
    this.pos++;
    const name = this.readName();
    if (this.peek() !== close) this.fail('Sequence \\k... not terminated');
    this.pos++;
    return this.backref(0, name, this.pos - 1, f);
  }

  readName(): string {
    const m = /^[A-Za-z_]\w*/.exec(this.src.slice(this.pos));
    if (!m) this.fail('Group name must start with a non-digit word character', this.pos + 1);
    this.pos += m[0].length;
    return m[0];
  }

  expectClose(open: number): void {
    if (this.peek() !== ')') this.fail('Unmatched (', open + 1);
    this.pos++;
  }

  parseGroup(f: Flags, open: number): Node | null {
    if (this.peek() === '*') return this.parseVerb(open);
    if (this.peek() !== '?') {
      if (f.n) return this.groupBody(f, open, (body) => body);
      const index = ++this.groups;
      return this.groupBody(f, open, (body) => ({ t: 'group', index, body }));
    }
    this.pos++;
    const c = this.peek();
    if (this.eof()) this.fail('Sequence (? incomplete');
    switch (c) {
      case '#': {
        const end = this.src.indexOf(')', this.pos);
        if (end < 0) throw new RegexSyntax('Sequence (?#... not terminated', -1, false);
        this.pos = end + 1;
        return null;
      }
      case ':': this.pos++; return this.groupBody({ ...f }, open, (b) => b);
      case '>': this.pos++; return this.groupBody({ ...f }, open, (b) => ({ t: 'atomic', body: b }));
      case '=': case '!':
        this.pos++;
        return this.lookBody(f, open, false, c === '!');
      case '<': return this.parseLt(f, open);
      case "'": this.pos++; return this.named(f, open, "'", "Sequence (?'... not terminated");
      case 'P': return this.parseP(f, open);
      case '(': return this.parseCond(f, open);
      case '{': throw new RegexSyntax("Eval-group not allowed at runtime, use re 'eval'", -1, false);
      case '?':
        if (this.peek(1) === '{') throw new RegexSyntax("Eval-group not allowed at runtime, use re 'eval'", -1, false);
        break;
      case '|': this.pos++; return this.branchReset(f, open);
      case '&': case 'R': case '0': case '1': case '2': case '3': case '4': case '5':
      case '6': case '7': case '8': case '9': case '+': case '-':
        if (c !== '-' || /^-\d/.test(this.src.slice(this.pos))) return this.recursion();
        break;
    }
    return this.parseFlags(f, open);
  }

  /** (?|...): every alternative numbers its groups from the same start. */
  branchReset(f: Flags, open: number): Node {
    const nf = { ...f };
    const base = this.groups;
    let max = base;
    const alts: Node[] = [];
    for (;;) {
      this.groups = base;
      alts.push(this.parseSeq(nf));
      max = Math.max(max, this.groups);
      if (this.peek() !== '|') break;
      this.pos++;
    }
    this.groups = max;
    this.expectClose(open);
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  /** (?R), (?N), (?+N), (?-N), (?&name) with `pos` on the character after `(?`. */
  recursion(): Node {
    const c = this.peek();
    const node: { t: 'call'; group: number } = { t: 'call', group: 0 };
    this.sawCall = true;
    if (c === '&') {
      this.pos++;
      if (this.eof()) this.fail('Sequence (?&... not terminated');
      const name = this.readName();
      if (this.peek() !== ')') this.fail('Sequence (?&... not terminated');
      this.calls.push({ num: 0, name, offset: this.pos, node });
      this.pos++;
      return node;
    }
    if (c === 'R' || c === '0') {
      this.pos++;
      if (this.peek() !== ')') throw new RegexSyntax('Sequence (?R) not terminated', -1, false);
      this.pos++;
      return node;
    }
    const m = /^([+-]?)(\d*)/.exec(this.src.slice(this.pos))!;
    this.pos += m[0].length;
    if (m[2] === '') this.fail('Illegal pattern', this.pos + 1);
    if (this.peek() !== ')') this.fail('Expecting close bracket');
    this.pos++;
    const n = Number(m[2]);
    const num = m[1] === '+' ? this.groups + n : m[1] === '-' ? this.groups + 1 - n : n;
    if (num < 1) this.fail('Reference to nonexistent group');
    this.calls.push({ num, name: null, offset: this.pos, node });
    return node;
  }

  parseLt(f: Flags, open: number): Node {
    this.pos++;
    const c = this.peek();
    if (c === '=' || c === '!') {
      this.pos++;
      return this.lookBody(f, open, true, c === '!');
    }
    return this.named(f, open, '>', 'Sequence (?<... not terminated');
  }

  parseP(f: Flags, open: number): Node {
    this.pos++;
    const c = this.peek();
    if (c === '<') { this.pos++; return this.named(f, open, '>', 'Sequence (?P<... not terminated'); }
    if (c === '=' || c === '>') {
      this.pos++;
      const name = this.readName();
      if (this.peek() !== ')') this.fail(`Sequence (?P${c}... not terminated`);
      if (c === '>') {
        const node: { t: 'call'; group: number } = { t: 'call', group: 0 };
        this.sawCall = true;
        this.calls.push({ num: 0, name, offset: this.pos, node });
        this.pos++;
        return node;
      }
      this.pos++;
      return this.backref(0, name, this.pos - 1, f);
    }
    this.fail('Sequence (?P... not recognized', this.pos + 1);
  }

  named(f: Flags, open: number, close: string, unterminated: string): Node {
    const name = this.readName();
    if (this.peek() !== close) this.fail(unterminated);
    this.pos++;
    const index = ++this.groups;
    const entry = this.names.find(([n]) => n === name);
    if (entry) entry[1].push(index); else this.names.push([name, [index]]);
    return this.groupBody({ ...f }, open, (body) => ({ t: 'group', index, body }));
  }

  lookBody(f: Flags, open: number, behind: boolean, neg: boolean): Node {
    this.lookDepth++;
    const node = this.groupBody({ ...f }, open, (b) => ({ t: 'look', behind, neg, body: b }));
    this.lookDepth--;
    return node;
  }

  groupBody(f: Flags, open: number, wrap: (body: Node) => Node): Node {
    const body = this.parseAlt({ ...f });
    this.expectClose(open);
    return wrap(body);
  }

  /** (?(cond)yes|no) with `pos` on the condition's `(`. */
  parseCond(f: Flags, open: number): Node {
    const condOpen = this.pos;
    this.pos++; // (
    const rest = this.src.slice(this.pos);
    if (rest[0] === '?' && /^\?(?:[=!]|<[=!])/.test(rest)) {
      this.pos++;
      const behind = this.peek() === '<';
      if (behind) this.pos++;
      const neg = this.peek() === '!';
      this.pos++;
      const look = this.lookBody(f, condOpen, behind, false);
      const body = (look as { body: Node }).body;
      const [yes, no] = this.condBranches(f, open);
      // (?(?=c)y|n) is (?:(?=c)y|(?!c)n): only one branch can pass its test
      const nlook: Node = { t: 'look', behind, neg: true, body };
      const [ifYes, ifNo] = neg ? [nlook, look] : [look, nlook];
      return { t: 'alt', alts: [{ t: 'seq', items: [ifYes, yes] }, { t: 'seq', items: [ifNo, no] }] };
    }
    if (rest[0] === '?' && rest[1] === '{') throw new RegexSyntax("Eval-group not allowed at runtime, use re 'eval'", -1, false);
    if (/^\d/.test(rest)) {
      const d = /^\d+/.exec(rest)![0];
      this.pos += d.length;
      this.condClose();
      const refNode = this.backref(Number(d), null, -1, f);
      const [yes, no] = this.condBranches(f, open);
      return { t: 'cond', groups: refNode.groups, yes, no };
    }
    if (rest[0] === '<' || rest[0] === "'") {
      const close = rest[0] === '<' ? '>' : "'";
      this.pos++;
      const name = this.readName();
      if (this.peek() !== close) this.fail(`Sequence (?(${rest[0]}... not terminated`);
      const refNode = this.backref(0, name, -2 - this.pos, f);
      this.pos++;
      this.condClose();
      const [yes, no] = this.condBranches(f, open);
      return { t: 'cond', groups: refNode.groups, yes, no };
    }
    if (rest[0] === 'R') return this.condRecursion(f, open);
    if (rest.startsWith('DEFINE')) {
      this.pos += 6;
      this.condClose();
      const body = this.parseSeq({ ...f });
      if (this.peek() === '|') this.fail('(?(DEFINE)....) does not allow branches', this.pos + 1);
      this.closeSwitch(open);
      return { t: 'define', body };
    }
    this.fail('Unknown switch condition (?(...))', this.pos + 1);
  }

  /** (?(R)..), (?(Rn)..), (?(R&name)..) with `pos` on the R. */
  condRecursion(f: Flags, open: number): Node {
    this.pos++;
    const node: { t: 'condr'; group: number; yes: Node; no: Node } = { t: 'condr', group: -1, yes: { t: 'empty' }, no: { t: 'empty' } };
    if (this.peek() === '&') {
      this.pos++;
      const name = this.readName();
      if (this.peek() !== ')') this.fail('Switch condition not recognized', this.pos + 1);
      this.calls.push({ num: 0, name, offset: this.pos, node });
    } else {
      const d = /^\d*/.exec(this.src.slice(this.pos))![0];
      this.pos += d.length;
      if (d !== '') node.group = Number(d);
    }
    this.condClose();
    [node.yes, node.no] = this.condBranches(f, open);
    return node;
  }

  /** The `)` that ends a switch condition. */
  condClose(): void {
    if (this.peek() !== ')') this.fail('Switch condition not recognized', Math.min(this.pos + 1, this.src.length));
    this.pos++;
  }

  /** The yes|no branches of a conditional and its closing `)`. */
  condBranches(f: Flags, open: number): [Node, Node] {
    const yes = this.parseSeq({ ...f });
    let no: Node = { t: 'empty' };
    if (this.peek() === '|') {
      this.pos++;
      no = this.parseSeq({ ...f });
      if (this.peek() === '|') this.fail('Switch (?(condition)... contains too many branches', this.pos + 1);
    }
    this.closeSwitch(open);
    return [yes, no];
  }

  closeSwitch(open: number): void {
    if (this.eof()) this.fail('Switch (?(condition)... not terminated', this.src.length);
    this.expectClose(open);
  }

  parseVerb(open: number): Node {
    const end = this.src.indexOf(')', this.pos);
    const verb = this.src.slice(this.pos + 1, end < 0 ? undefined : end);
    if (end < 0) this.fail('Unterminated verb pattern', this.src.length);
    this.pos = end + 1;
    if (verb === 'FAIL' || verb === 'F') return { t: 'fail' };
    const known = ['ACCEPT', 'COMMIT', 'PRUNE', 'SKIP', 'THEN', 'MARK'];
    const base = verb.split(':')[0];
    if (known.includes(base) || base === '') {
      this.fail(`Verb pattern '${base || 'MARK'}' is not supported by this perl`, this.pos);
    }
    void open;
    this.fail(`Unknown verb pattern '${verb}'`, this.pos);
  }

  /** (?flags) or (?flags:...); modifies `f` in place for the rest of the group. */
  parseFlags(f: Flags, open: number): Node | null {
    const nf = { ...f };
    let neg = false;
    if (this.peek() === '^') {
      this.pos++;
      nf.i = nf.m = nf.s = nf.x = nf.xx = nf.n = false;
    }
    for (;;) {
      if (this.eof()) this.fail('Sequence (?... not terminated');
      const c = this.peek();
      this.pos++;
      if (c === ')') { Object.assign(f, nf); this.afterFlags = true; return null; }
      if (c === ':') return this.groupBody(nf, open, (b) => b);
      if (c === '-' && !neg) { neg = true; continue; }
      if (c === 'x' && !neg && this.peek() === 'x') { this.pos++; nf.x = nf.xx = true; continue; }
      if ('imsxn'.includes(c)) {
        nf[c as 'i' | 'm' | 's' | 'x' | 'n'] = !neg;
        if (c === 'x' && neg) nf.xx = false;
        continue;
      }
      if ('adlup'.includes(c) && !neg) continue;
      this.fail(`Sequence (?${this.src.slice(open + 2, this.pos)}...) not recognized`);
    }
  }
}

/** Counts capturing groups ahead of time, so `\10` knows whether it is a backref. */
function countGroups(src: string, noCapture: boolean): number {
  let n = 0;
  let inClass = false;
  // open parens: for a branch reset (?|..), [group count at its start, highest count seen]
  const open: ([number, number] | null)[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; if (src[i + 1] === '^') i++; if (src[i + 1] === ']') i++; continue; }
    const top = open.length > 0 ? open[open.length - 1] : null;
    if (c === '|' && top) { top[1] = Math.max(top[1], n); n = top[0]; continue; }
    if (c === ')') { open.pop(); if (top) n = Math.max(top[1], n); continue; }
    if (c !== '(') continue;
    open.push(src[i + 1] === '?' && src[i + 2] === '|' ? [n, n] : null);
    if (src[i + 1] !== '?' && src[i + 1] !== '*') n += noCapture ? 0 : 1;
    else if (/^\?(?:<[A-Za-z_]|'|P<)/.test(src.slice(i + 1, i + 4))) n++;
  }
  return n;
}

/** Formats perl's message for a syntax error in `src`. */
export function formatError(e: RegexSyntax, src: string): RegexError {
  if (!e.here || e.offset < 0) {
    return { error: true, message: `${e.message} in regex m/${src}/`, offset: -1 };
  }
  const off = Math.min(e.offset, src.length);
  const message = `${e.message} in regex; marked by <-- HERE in m/${src.slice(0, off)} <-- HERE ${src.slice(off)}/`;
  return { error: true, message, offset: off };
}

/** Parsed tree plus whether the pattern itself forces Unicode rules. */
export interface PerlParse extends ParsedRegex { readonly uni: boolean }

/** Parses a Perl pattern under `flags`. Never throws. */
export function parseRegex(src: string, flags: Flags): PerlParse | RegexError {
  const p = new Parser(src, { ...flags });
  try {
    const f = { ...flags };
    const node = p.parseAlt(f);
    if (!p.eof()) p.fail('Unmatched )', p.pos + 1);
    resolveRefs(p);
    linkCalls(p, node);
    return { node, ngroups: p.groups, names: p.names, uni: p.uni };
  } catch (e) {
    if (e instanceof RegexSyntax) return formatError(e, src);
    throw e;
  }
}

export type { ClassItem };
