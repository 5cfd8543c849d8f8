/**
 * Low-level scanning of perl source: whitespace, comments, POD, here-doc
 * bodies, identifiers, numbers and delimited quote bodies. Perl's grammar
 * decides whether a term or an operator comes next, so the parser drives the
 * scan position itself; this class only knows how to read the pieces.
 */

/**
 * A parse failure. `raw` errors are perl's fatal croaks ("MSG at FILE line
 * N."); the others are yacc-style errors printed with their context. `text`,
 * when set, is the complete error output (every message, newline-terminated);
 * `warnings` were raised by the lexer just before (perl prints them first).
 */
export class PerlSyntaxError {
  constructor(readonly msg: string, readonly line: number, readonly near: string, readonly raw = false, readonly atEof = false, readonly text?: string[], readonly where?: string, readonly warnings?: string[]) {}
}

interface PendingHeredoc { term: string; interp: boolean; indent: boolean; resolve: (body: string) => void }

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

export class Lexer {
  pos = 0;
  private lineStarts: number[] = [0];
  /** Here-docs seen on the current line, read when its newline is passed. */
  private pending: PendingHeredoc[] = [];
  /** Source ranges that belong to here-doc bodies (skipped by the scanner). */
  private skips = new Map<number, number>();
  /** Where __END__/__DATA__ was seen, if anywhere. */
  dataPos = -1;

  /** Under `use utf8` identifiers may hold letters beyond ASCII. */
  utf8 = false;

  constructor(public src: string, readonly file: string, readonly firstLine = 1) {
    this.countLines();
  }

  private countLines(): void {
    this.lineStarts = [0];
    const src = this.src;
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /**
   * `use utf8`: the source from the current position on is UTF-8 text, so
   * its literals hold the characters it encodes. Text that is not valid
   * UTF-8 (or already holds wide characters) is left as it is.
   */
  decodeUtf8(): void {
    this.utf8 = true;
    const tail = this.src.slice(this.pos);
    if (!/[\x80-\xff]/.test(tail) || /[^\x00-\xff]/.test(tail)) return;
    for (const k of this.skips.keys()) if (k >= this.pos) return;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(tail, (c) => c.charCodeAt(0)));
    } catch { return; }
    this.src = this.src.slice(0, this.pos) + text;
    this.countLines();
  }

  /** Line number of a position. */
  lineAt(p: number): number {
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= p) lo = mid; else hi = mid - 1;
    }
    return lo + this.firstLine;
  }

  get line(): number { return this.lineAt(this.pos); }

  ch(off = 0): string { return this.src[this.pos + off] ?? ''; }

  eof(): boolean { this.skipSpace(); return this.pos >= this.src.length; }

  /** Skip blanks, comments, POD blocks and here-doc bodies. */
  skipSpace(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === '\n') {
        this.newline();
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r' || c === '\f') { this.pos++; continue; }
      if (c === '#') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
        continue;
      }
      if (c === '=' && (this.pos === 0 || s[this.pos - 1] === '\n') && /[a-zA-Z]/.test(s[this.pos + 1] ?? '')) {
        const m = /\n=cut\b[^\n]*(\n|$)/g;
        m.lastIndex = this.pos;
        const r = m.exec(s);
        this.pos = r ? r.index + r[0].length : s.length;
        continue;
      }
      break;
    }
  }

  /** Pass a newline: read pending here-doc bodies, skip ones already read. */
  private newline(): void {
    const nl = this.pos;
    this.pos++;
    if (this.pending.length) this.readHeredocs(nl);
    const skipTo = this.skips.get(nl);
    if (skipTo !== undefined) this.pos = skipTo;
  }

  /** Position where the current line's here-doc bodies start being read. */
  private readHeredocs(nl: number): void {
    let p = nl + 1;
    const s = this.src;
    for (const h of this.pending) {
      const lines: string[] = [];
      let found = false;
      while (p < s.length) {
        let e = s.indexOf('\n', p);
        if (e < 0) e = s.length;
        const ln = s.slice(p, e);
        p = e + 1;
        if ((h.indent ? ln.trimStart() : ln) === h.term) { found = true; break; }
        lines.push(ln);
      }
      if (!found) throw new PerlSyntaxError(missingTerm(h.term), this.lineAt(nl), '', true);
      let body = lines.map((l) => l + '\n');
      if (h.indent) {
        const ws = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
        const min = ws.length ? Math.min(...ws) : 0;
        body = lines.map((l) => l.slice(Math.min(min, /^[ \t]*/.exec(l)![0].length)) + '\n');
      }
      h.resolve(body.join(''));
    }
    this.pending = [];
    this.skips.set(nl, Math.min(p, s.length));
  }

  /**
   * Register a here-doc whose body starts after the current line. The body
   * is read now (scanning ahead) so the parser can use it at once.
   */
  heredoc(term: string, interp: boolean, indent: boolean): string {
    let body = '';
    this.pending.push({ term, interp, indent, resolve: (b) => { body = b; } });
    // Read eagerly: find this line's end (after earlier bodies) and read.
    const s = this.src;
    let nl = s.indexOf('\n', this.pos);
    if (nl < 0) throw new PerlSyntaxError(missingTerm(term), this.line, '', true);
    const prevSkip = this.skips.get(nl);
    const start = prevSkip !== undefined ? prevSkip - 1 : nl;
    const saved = this.pos;
    this.pos = start;
    this.readHeredocsAt(start, nl);
    this.pos = saved;
    return body;
  }

  private readHeredocsAt(start: number, nl: number): void {
    this.readHeredocs(start);
    const end = this.skips.get(start)!;
    if (start !== nl) this.skips.delete(start);
    this.skips.set(nl, end);
  }

  /** Read an identifier (with :: or ' package separators when `qualified`). */
  ident(qualified = true): string | null {
    const re = this.utf8
      ? (qualified ? /(?:::)?[\p{L}_][\p{L}\p{N}_]*(?:(?:::|'(?=[\p{L}_]))[\p{L}\p{N}_]+)*(?:::)?/uy : /[\p{L}_][\p{L}\p{N}_]*/uy)
      : qualified ? /(?:::)?[A-Za-z_]\w*(?:(?:::|'(?=[A-Za-z_]))\w+)*(?:::)?/y : /[A-Za-z_]\w*/y;
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (!m) return null;
    this.pos += m[0].length;
    return m[0].replace(/'/g, '::');
  }

  peekIdent(): string | null {
    const p = this.pos;
    const id = this.ident();
    this.pos = p;
    return id;
  }

  /** Match a sticky regex at the current position; advance on success. */
  match(re: RegExp): RegExpExecArray | null {
    const r = new RegExp(re.source, 'y' + re.flags.replace('y', ''));
    r.lastIndex = this.pos;
    const m = r.exec(this.src);
    if (m) this.pos += m[0].length;
    return m;
  }

  /** True (and consumed) when the text at pos is `s`. */
  eat(s: string): boolean {
    if (this.src.startsWith(s, this.pos)) { this.pos += s.length; return true; }
    return false;
  }

  startsWith(s: string): boolean { return this.src.startsWith(s, this.pos); }

  /** A numeric literal (decimal, hex, octal, binary, underscores, exponent). */
  number(): number | bigint | null {
    const bad = /^0([0-7_]*([89]))|^0[bB][01_]*([2-9])/.exec(this.src.slice(this.pos, this.pos + 40));
    if (bad) {
      const msg = bad[2] ? `Illegal octal digit '${bad[2]}'` : `Illegal binary digit '${bad[3]}'`;
      throw new PerlSyntaxError(msg, this.line, '', false, false, undefined, 'at end of line');
    }
    const m = this.match(/0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[0-7_]+(?![.\deE])|(?:\d[\d_]*(?:\.(?!\.)[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/);
    if (!m) return null;
    const t = m[0].replace(/_/g, '');
    let n: number;
    if (/^0[xX]/.test(t)) n = parseInt(t.slice(2), 16);
    else if (/^0[bB]/.test(t)) n = parseInt(t.slice(2), 2);
    else if (/^0[oO]/.test(t)) n = parseInt(t.slice(2), 8);
    else if (/^0[0-7]+$/.test(t)) n = parseInt(t, 8);
    else if (/^\d+$/.test(t)) n = Number(t);
    else return Number(t);
    // An integer literal of 1e15 or more is an exact IV/UV (see values.ts).
    if (n < 1e15 || n > 2 ** 65) return n;
    const big = /^0[xX]/.test(t) ? BigInt('0x' + t.slice(2)) : /^0[bB]/.test(t) ? BigInt('0b' + t.slice(2)) : /^0[oO]/.test(t) ? BigInt('0o' + t.slice(2)) : /^0/.test(t) ? BigInt('0o' + t.slice(1)) : BigInt(t);
    return big < 2n ** 64n ? big : n;
  }

  /**
   * Read a delimited body starting at the opening delimiter. Bracketing
   * delimiters nest; backslash-delimiter pairs stay in the body verbatim
   * except that an escaped delimiter loses its backslash when `unescape`.
   */
  delimited(unterminated?: string): { body: string; open: string } {
    this.skipSpaceInQuote();
    const open = this.src[this.pos];
    if (open === undefined) throw new PerlSyntaxError(unterminated ?? missingTerm(''), this.line, '', true);
    const close = PAIRS[open] ?? open;
    const startLine = this.line;
    this.pos++;
    let depth = 1;
    let out = '';
    const s = this.src;
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      if (c === '\\' && this.pos + 1 < s.length) {
        out += c + s[this.pos + 1]!;
        this.pos += 2;
        continue;
      }
      if (c === '\n' && this.skips.has(this.pos)) {
        out += c;
        this.pos = this.skips.get(this.pos)!;
        continue;
      }
      if (c === close && open !== close) {
        depth--;
        if (depth === 0) { this.pos++; return { body: out, open }; }
      } else if (c === open && open !== close) depth++;
      else if (c === close) { this.pos++; return { body: out, open }; }
      out += c;
      this.pos++;
    }
    throw new PerlSyntaxError(unterminated ?? missingTerm(close), startLine, '', true);
  }

  /** Between `s{...}` and `{...}` or after `q` perl allows whitespace and comments. */
  private skipSpaceInQuote(): void {
    while (/[ \t\r\n]/.test(this.src[this.pos] ?? '')) this.pos++;
  }

  /** Text near the current position for "syntax error ... near" messages. */
  near(p = this.pos): string {
    let end = this.src.indexOf('\n', p);
    if (end < 0) end = this.src.length;
    else end++;
    return this.src.slice(p, end);
  }
}

/** toke.c missingterm: the terminator is quoted with whichever quote it does not contain. */
export function missingTerm(term: string): string {
  const q = term.includes('"') ? "'" : '"';
  return `Can't find string terminator ${q}${term}${q} anywhere before EOF`;
}

export const closingDelim = (open: string): string => PAIRS[open] ?? open;
