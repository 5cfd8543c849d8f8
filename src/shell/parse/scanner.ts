/**
 * Character-level scanning of shell words into structured parts (quotes,
 * parameter, command and arithmetic substitutions). The command grammar lives
 * in parser.ts, which extends this class and supplies `subList` for $(...).
 */
import type { List, ParamExp, ParamOp, Word, WordPart } from './ast.ts';
import { ParseError } from './errors.ts';
import { byteChar, joinBytes } from '../../programs/lib/bytes.ts';

export const META = ' \t\n|&;()<>';
const EXT_OPS = '?*+@!';
const SPECIAL_PARAMS = '@*#?-$!0';
export const isNameStart = (c: string): boolean => /^[A-Za-z_]$/.test(c);
export const isNameChar = (c: string): boolean => /^[A-Za-z0-9_]$/.test(c);

/** Where a word is being read; decides which characters are special. */
export type Mode = 'word' | 'dq' | 'heredoc' | 'arg' | 'argdq' | 'arith';

export abstract class Scanner {
  pos = 0;
  protected lineStarts: number[] = [0];
  /** Whether `shopt extglob` is on now (asked as each word is read). */
  protected extglobOpt: () => boolean = () => false;
  /** Above zero while reading the pattern after == != in [[ ]], where bash reads groups regardless. */
  condDepth = 0;

  constructor(
    public src: string,
    protected lineBase = 1,
  ) {
    this.indexLines();
  }

  protected indexLines(): void {
    this.lineStarts = [0];
    for (let i = 0; i < this.src.length; i++) if (this.src[i] === '\n') this.lineStarts.push(i + 1);
  }

  /** 1-based line number of a source offset. */
  lineAt(pos: number): number {
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + this.lineBase;
  }

  lineText(pos: number): string {
    const ln = this.lineAt(pos) - this.lineBase;
    const start = this.lineStarts[ln]!;
    const end = this.src.indexOf('\n', start);
    return this.src.slice(start, end < 0 ? undefined : end);
  }

  protected eofLine(): number {
    return this.lineAt(this.src.length) + (this.src.endsWith('\n') ? 0 : 1);
  }

  protected unmatched(what: string, openPos: number | null): never {
    const line = openPos === null ? this.eofLine() : this.lineAt(openPos);
    throw new ParseError(`unexpected EOF while looking for matching \`${what}'`, line, true);
  }

  /** Parse a command list up to a closing `)` (for $(...), <(...)). */
  protected abstract subList(): List;

  protected ch(off = 0): string {
    return this.src[this.pos + off] ?? '';
  }

  protected atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  /** Skip backslash-newline pairs (line continuations) at the cursor. */
  protected skipContinuations(): void {
    while (this.ch() === '\\' && this.ch(1) === '\n') this.pos += 2;
  }

  /**
   * Read word parts until `stop` says so (checked only at unquoted positions)
   * or the input ends. Adjacent literal parts are merged.
   */
  scanParts(mode: Mode, stop: (c: string) => boolean): WordPart[] {
    const parts: WordPart[] = [];
    const push = (p: WordPart): void => {
      const last = parts[parts.length - 1];
      if (p.t === 'lit' && last?.t === 'lit') last.v += p.v;
      else parts.push(p);
    };
    for (;;) {
      this.skipContinuationsIn(mode);
      if (this.atEnd()) return parts;
      const c = this.ch();
      if (stop(c)) return parts;
      if (mode === 'word' && EXT_OPS.includes(c) && this.ch(1) === '(' && this.extglobOn()) {
        for (const p of this.scanGroup()) push(p);
        continue;
      }
      const p = this.scanOne(mode);
      if (p) push(p);
    }
  }

  private extglobOn(): boolean {
    return this.condDepth > 0 || this.extglobOpt();
  }

  /**
   * An extglob group `?(…)` `*(…)` `+(…)` `@(…)` `!(…)` read as part of the
   * word: through the matching `)`, blanks, `|` and operators included;
   * quotes and expansions inside are parts as anywhere in a word.
   */
  private scanGroup(): WordPart[] {
    const open = this.pos;
    const head: WordPart = { t: 'lit', v: this.ch() + '(' };
    this.pos += 2;
    let depth = 0;
    const inner = this.scanParts('word', (c) => {
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return true;
        depth--;
      }
      return false;
    });
    if (this.ch() !== ')') this.unmatched(')', open);
    this.pos++;
    return [head, ...inner, { t: 'lit', v: ')' }];
  }

  private skipContinuationsIn(mode: Mode): void {
    if (mode !== 'heredoc') this.skipContinuations();
  }

  /** One part (or null for something consumed without output). */
  private scanOne(mode: Mode): WordPart | null {
    const c = this.ch();
    const quoting = mode === 'word' || mode === 'arg';
    if (c === '\\') return this.scanBackslash(mode);
    if (c === "'" && quoting) return this.scanSingle();
    if (c === '"' && (quoting || mode === 'arith')) {
      if (mode === 'arith') {
        this.pos++;
        return null;
      }
      return this.scanDouble();
    }
    if (c === '$') return this.scanDollar(mode);
    if (c === '`') return this.scanBacktick();
    if ((c === '<' || c === '>') && this.ch(1) === '(' && mode === 'word') return this.scanProcSub();
    this.pos++;
    return { t: 'lit', v: c };
  }

  private scanBackslash(mode: Mode): WordPart | null {
    const n = this.ch(1);
    if (n === '') {
      this.pos++;
      return { t: 'lit', v: '\\' };
    }
    if (mode === 'word' || mode === 'arg') {
      this.pos += 2;
      return { t: 'esc', v: n };
    }
    const escapable = mode === 'dq' || mode === 'argdq' ? '$`"\\\n' : mode === 'heredoc' ? '$`\\' : '$`\\"';
    if (mode === 'argdq' && n === '}') {
      this.pos += 2;
      return { t: 'esc', v: n };
    }
    if (escapable.includes(n)) {
      this.pos += 2;
      if (n === '\n') return null;
      return { t: 'esc', v: n };
    }
    this.pos++;
    return { t: 'lit', v: '\\' };
  }

  private scanSingle(): WordPart {
    const open = this.pos;
    const end = this.src.indexOf("'", this.pos + 1);
    if (end < 0) this.unmatched("'", open);
    const v = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    return { t: 'sq', v };
  }

  private scanDouble(): WordPart {
    const open = this.pos;
    this.pos++;
    const parts = this.scanParts('dq', (c) => c === '"');
    if (this.ch() !== '"') this.unmatched('"', open);
    this.pos++;
    return { t: 'dq', parts };
  }

  private scanBacktick(): WordPart {
    const open = this.pos;
    let i = this.pos + 1;
    let inner = '';
    for (;;) {
      const c = this.src[i];
      if (c === undefined) this.unmatched('`', open);
      if (c === '`') break;
      if (c === '\\' && '$`\\'.includes(this.src[i + 1] ?? '')) {
        inner += this.src[i + 1];
        i += 2;
        continue;
      }
      inner += c;
      i++;
    }
    this.pos = i + 1;
    const body = this.parseNested(inner, this.lineAt(open));
    return { t: 'cmd', body, src: inner, bq: true };
  }

  /** Parse a separate source text (backquoted command) as a list. */
  protected abstract parseNested(src: string, line: number): List;

  private scanProcSub(): WordPart {
    const dir = this.ch() as '<' | '>';
    this.pos += 2;
    const body = this.subList();
    return { t: 'procsub', dir, body };
  }

  private scanDollar(mode: Mode): WordPart {
    const n = this.ch(1);
    if (n === '(' && this.ch(2) === '(') {
      const save = this.pos;
      const arith = this.tryArith();
      if (arith) return arith;
      this.pos = save;
    }
    if (n === '(') {
      const start = this.pos + 2;
      this.pos += 2;
      const body = this.subList();
      return { t: 'cmd', body, src: this.src.slice(start, this.pos - 1) };
    }
    if (n === '{') return this.scanBrace(mode);
    if (n === "'" && (mode === 'word' || mode === 'arg')) return this.scanAnsi();
    if (n === '"' && (mode === 'word' || mode === 'arg')) {
      this.pos++;
      return this.scanDouble();
    }
    if (isNameStart(n)) {
      let i = this.pos + 1;
      while (isNameChar(this.src[i] ?? '')) i++;
      const name = this.src.slice(this.pos + 1, i);
      this.pos = i;
      return { t: 'param', p: { name } };
    }
    if (/[0-9]/.test(n) || (SPECIAL_PARAMS.includes(n) && n !== '')) {
      this.pos += 2;
      return { t: 'param', p: { name: n } };
    }
    this.pos++;
    return { t: 'lit', v: '$' };
  }

  /** $((expr)): the expression runs to the matching `))`. */
  private tryArith(): WordPart | null {
    const open = this.pos;
    this.pos += 3;
    let depth = 0;
    const start = this.pos;
    const parts = this.scanParts('arith', (c) => {
      if (c === '(') depth++;
      if (c === ')') {
        if (depth === 0) return true;
        depth--;
      }
      return false;
    });
    if (this.atEnd()) this.unmatched(')', open);
    if (this.ch(1) !== ')') return null;
    void start;
    this.pos += 2;
    return { t: 'arith', expr: { parts } };
  }

  private scanAnsi(): WordPart {
    const open = this.pos;
    let i = this.pos + 2;
    let v = '';
    for (;;) {
      const c = this.src[i];
      if (c === undefined) this.unmatched("'", open);
      if (c === "'") break;
      if (c === '\\') {
        const [s, len] = decodeAnsiEscape(this.src, i + 1);
        v += s;
        i += 1 + len;
        continue;
      }
      v += c;
      i++;
    }
    this.pos = i + 1;
    const nul = v.indexOf('\0');
    return { t: 'sq', v: joinBytes(nul < 0 ? v : v.slice(0, nul)) };
  }

  /** ${...} */
  private scanBrace(mode: Mode): WordPart {
    const open = this.pos;
    this.pos += 2;
    const inDq = mode === 'dq' || mode === 'argdq' || mode === 'heredoc';
    const p = this.scanBraceBody(inDq, open);
    if (this.ch() !== '}') {
      if (this.atEnd()) this.unmatched('}', open);
      return this.badSubst(open);
    }
    this.pos++;
    return { t: 'param', p };
  }

  /** Unparseable ${...}: keep its text; expansion reports "bad substitution". */
  private badSubst(open: number): WordPart {
    let depth = 0;
    while (!this.atEnd()) {
      const c = this.ch();
      if (c === '{') depth++;
      if (c === '}') {
        if (depth === 0) break;
        depth--;
      }
      this.pos++;
    }
    if (this.atEnd()) this.unmatched('}', open);
    this.pos++;
    return { t: 'param', p: { name: '', op: { k: 'transform', op: 'bad:' + this.src.slice(open, this.pos) } } };
  }

  private scanBraceBody(inDq: boolean, open: number): ParamExp {
    let length = false, indirect = false;
    if (this.ch() === '#' && this.ch(1) !== '}' && !(this.ch(1) === ':' || this.ch(1) === '-' && this.ch(2) === '}')) {
      if (isNameStart(this.ch(1)) || /[0-9@*#?$!-]/.test(this.ch(1))) {
        length = true;
        this.pos++;
      }
    } else if (this.ch() === '!' && this.ch(1) !== '}') {
      indirect = true;
      this.pos++;
    }
    const name = this.scanParamName();
    if (name === '') return { name: '', op: { k: 'transform', op: 'bad:' } };
    const p: ParamExp = { name };
    if (length) p.length = true;
    if (this.ch() === '[' && isNameStart(name[0] ?? '')) {
      this.pos++;
      let depth = 0;
      const parts = this.scanParts('arith', (c) => {
        if (c === '[') depth++;
        if (c === ']') {
          if (depth === 0) return true;
          depth--;
        }
        return false;
      });
      if (this.atEnd()) this.unmatched('}', open);
      this.pos++;
      p.index = { parts };
    }
    if (indirect) {
      if ((this.ch() === '*' || this.ch() === '@') && this.ch(1) === '}' && !p.index) {
        p.prefixList = this.ch() as '*' | '@';
        this.pos++;
        return p;
      }
      p.indirect = true;
    }
    if (this.ch() === '}') return p;
    if (length) return { name: '', op: { k: 'transform', op: 'bad:' } };
    const op = this.scanParamOp(inDq, open);
    if (op) p.op = op;
    return p;
  }

  private scanParamName(): string {
    const c = this.ch();
    if (isNameStart(c)) {
      let i = this.pos;
      while (isNameChar(this.src[i] ?? '')) i++;
      const n = this.src.slice(this.pos, i);
      this.pos = i;
      return n;
    }
    if (/[0-9]/.test(c)) {
      let i = this.pos;
      while (/[0-9]/.test(this.src[i] ?? '')) i++;
      const n = this.src.slice(this.pos, i);
      this.pos = i;
      return n;
    }
    if (SPECIAL_PARAMS.includes(c) && c !== '') {
      this.pos++;
      return c;
    }
    return '';
  }

  private argWord(inDq: boolean, stop: (c: string) => boolean): Word {
    let depth = 0;
    const parts = this.scanParts(inDq ? 'argdq' : 'arg', (c) => {
      if (c === '{') depth++;
      if (c === '}') {
        if (depth === 0) return true;
        depth--;
      }
      return depth === 0 && stop(c);
    });
    return { parts };
  }

  private scanParamOp(inDq: boolean, open: number): ParamOp | null {
    const c = this.ch();
    const c1 = this.ch(1);
    const end = (): boolean => false;
    if (c === ':' && '-=?+'.includes(c1) && c1 !== '') {
      this.pos += 2;
      return { k: 'default', colon: true, kind: c1 as '-', arg: this.argWord(inDq, end) };
    }
    if ('-=?+'.includes(c)) {
      this.pos++;
      return { k: 'default', colon: false, kind: c as '-', arg: this.argWord(inDq, end) };
    }
    if (c === '#' || c === '%') {
      const longest = c1 === c;
      this.pos += longest ? 2 : 1;
      return { k: 'trim', side: c, longest, pat: this.argWord(false, end) };
    }
    if (c === '/') {
      this.pos++;
      let all = false, anchor: '' | '#' | '%' = '';
      if (this.ch() === '/') {
        all = true;
        this.pos++;
      } else if (this.ch() === '#' || this.ch() === '%') {
        anchor = this.ch() as '#';
        this.pos++;
      }
      const pat = this.argWord(false, (x) => x === '/');
      let rep: Word | null = null;
      if (this.ch() === '/') {
        this.pos++;
        rep = this.argWord(false, end);
      }
      return { k: 'subst', all, anchor, pat, rep };
    }
    if (c === ':') {
      this.pos++;
      const offset = this.arithArg((x) => x === ':');
      let length: Word | null = null;
      if (this.ch() === ':') {
        this.pos++;
        length = this.arithArg(() => false);
      }
      return { k: 'slice', offset, length };
    }
    if (c === '^' || c === ',') {
      const all = c1 === c;
      this.pos += all ? 2 : 1;
      const w = this.argWord(false, end);
      return { k: 'case', upper: c === '^', all, pat: w.parts.length ? w : null };
    }
    if (c === '@' && c1 !== '' && this.ch(2) === '}') {
      this.pos += 2;
      return { k: 'transform', op: c1 };
    }
    void open;
    return null;
  }

  private arithArg(stop: (c: string) => boolean): Word {
    let depth = 0;
    const parts = this.scanParts('arith', (c) => {
      if (c === '(' || c === '{') depth++;
      if (c === ')' || c === '}') {
        if (depth === 0) return c === '}';
        depth--;
      }
      return depth === 0 && stop(c);
    });
    return { parts };
  }
}

/** Decode one $'...' escape starting after the backslash: [text, chars consumed]. */
export function decodeAnsiEscape(s: string, i: number): [string, number] {
  const c = s[i] ?? '';
  const simple: Record<string, string> = {
    a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
    '\\': '\\', "'": "'", '"': '"', '?': '?',
  };
  if (c in simple) return [simple[c]!, 1];
  if (/[0-7]/.test(c)) {
    let j = i;
    while (j < i + 3 && /[0-7]/.test(s[j] ?? '')) j++;
    return [byteChar(parseInt(s.slice(i, j), 8) & 0xff), j - i];
  }
  if (c === 'x') {
    let j = i + 1;
    while (j < i + 3 && /[0-9a-fA-F]/.test(s[j] ?? '')) j++;
    if (j === i + 1) return ['\\x', 1];
    return [byteChar(parseInt(s.slice(i + 1, j), 16)), j - i];
  }
  if (c === 'u' || c === 'U') {
    let j = i + 1;
    const max = c === 'u' ? 4 : 8;
    while (j < i + 1 + max && /[0-9a-fA-F]/.test(s[j] ?? '')) j++;
    if (j === i + 1) return ['\\' + c, 1];
    return [u32Bytes(parseInt(s.slice(i + 1, j), 16)), j - i];
  }
  if (c === 'c' && s[i + 1] !== undefined) {
    return [String.fromCharCode(s.charCodeAt(i + 1) & 0x1f), 2];
  }
  if (c === '') return ['\\', 0];
  return ['\\' + c, 1];
}

/**
 * The bytes bash writes for \u/\U code point cp in a UTF-8 locale, as a
 * shell string of raw bytes (joinBytes turns valid sequences into text).
 * Like bash it encodes surrogates and values past U+10FFFF in the old
 * UTF-8 forms (up to six bytes) and writes nothing above 0x7fffffff.
 */
export function u32Bytes(cp: number): string {
  if (cp < 0x80) return byteChar(cp);
  if (cp > 0x7fffffff) return '';
  const limits = [0x800, 0x10000, 0x200000, 0x4000000, 0x80000000];
  const n = limits.findIndex((l) => cp < l) + 1;
  let out = '';
  for (let k = n - 1; k >= 0; k--) out += byteChar(0x80 | ((cp >>> (6 * k)) & 0x3f));
  return byteChar(((0xff00 >> (n + 1)) & 0xff) | (cp >>> (6 * n))) + out;
}
