/**
 * The context perl's parser prints with a syntax error (toke.c yyerror):
 * `near "..."` runs from the start of the token before the offending one
 * (when it is in the same buffer: the same line of a file, anywhere in an
 * eval string) to the end of the offending token; at the end of the input
 * it is `at EOF`. When the offending token is a term where an operator was
 * expected, the lexer first warns "Number found where operator expected"
 * (toke.c no_op). A small tokenizer recovers the token boundaries.
 */

export type TokKind = 'num' | 'str' | 'var' | 'word' | 'op' | 'close' | 'open';
export interface Tok { start: number; end: number; kind: TokKind }

const OPS = ['<<=', '>>=', '**=', '||=', '&&=', '//=', '<=>', '...', '->', '++', '--', '**', '=~', '!~', '==', '!=', '<=', '>=',
  '&&', '||', '//', '..', '::', '<<', '>>', '+=', '-=', '*=', '/=', '.=', '%=', '|=', '&=', '^=', '=>'];
const QUOTE_OPS = new Set(['q', 'qq', 'qw', 'qx', 'm', 'qr', 's', 'tr', 'y']);
const PAIR: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

function skipBlank(src: string, i: number): number {
  for (;;) {
    while (i < src.length && /\s/.test(src[i]!)) i++;
    if (src[i] !== '#') return i;
    while (i < src.length && src[i] !== '\n') i++;
  }
}

/** End of a delimited body whose opening delimiter is at `i`. */
function delimEnd(src: string, i: number): number {
  const open = src[i]!, close = PAIR[open] ?? open;
  let depth = 1;
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j]!;
    if (c === '\\') { j++; continue; }
    if (c === close && --depth === 0) return j + 1;
    if (c === open && open !== close) depth++;
  }
  return src.length;
}

/** The token starting at `i` (which is not blank). */
export function tokenAt(src: string, i: number): Tok {
  const c = src[i]!;
  const m = (re: RegExp): number => { re.lastIndex = i; const r = re.exec(src); return r ? i + r[0].length : i + 1; };
  if (c === '"' || c === "'" || c === '`') return { start: i, end: delimEnd(src, i), kind: 'str' };
  if (/\d/.test(c) || (c === '.' && /\d/.test(src[i + 1] ?? ''))) return { start: i, end: m(/0[xX][\da-fA-F_]*|0[bB][01_]*|(?:\d[\d_]*(?:\.(?!\.)[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/y), kind: 'num' };
  if ((c === '$' || c === '@' || c === '%' || c === '&') && /[\w{:$^#]/.test(src[i + 1] ?? '')) {
    return { start: i, end: m(/[$@%&](?:#?\$*)?(?:\^\w|\{\^?\w+\}|(?:::)?\w+(?:::\w+)*|\{|\$)/y), kind: 'var' };
  }
  if (c === '$' && i + 1 < src.length) return { start: i, end: i + 2, kind: 'var' };
  if (/[A-Za-z_]/.test(c)) {
    const end = m(/[A-Za-z_]\w*(?:(?:::|')\w+)*(?:::)?/y);
    const w = src.slice(i, end);
    if (QUOTE_OPS.has(w)) {
      const d = skipBlank(src, end);
      if (d < src.length && /[^\w\s,;)=]/.test(src[d]!) && !(src[d] === '=' && src[d + 1] === '>')) {
        let e = delimEnd(src, d);
        if (w === 's' || w === 'tr' || w === 'y') e = PAIR[src[d]!] ? delimEnd(src, skipBlank(src, e)) : delimEnd(src, e - 1);
        return { start: i, end: e, kind: 'str' };
      }
    }
    return { start: i, end, kind: 'word' };
  }
  for (const op of OPS) if (src.startsWith(op, i)) return { start: i, end: i + op.length, kind: 'op' };
  if (c === ')' || c === ']' || c === '}') return { start: i, end: i + 1, kind: 'close' };
  if (c === '(' || c === '[' || c === '{') return { start: i, end: i + 1, kind: 'open' };
  return { start: i, end: i + 1, kind: 'op' };
}

/** The token that ends at or before `pos`, scanning from `from`. */
export function tokenBefore(src: string, from: number, pos: number): Tok | null {
  let prev: Tok | null = null;
  let i = skipBlank(src, from);
  while (i < pos) {
    const t = tokenAt(src, i);
    if (t.end > pos) return prev;
    prev = t;
    i = skipBlank(src, t.end);
  }
  return prev;
}

const lineStart = (src: string, p: number): number => src.lastIndexOf('\n', p - 1) + 1;

/** Where the token before `t0` may start: the current line of a file, the whole of an eval string. */
function anchor(src: string, t0: number, isEval: boolean): number {
  if (isEval) return Math.max(0, t0 - 200);
  const ls = lineStart(src, t0);
  // A variable or `)` ending the line before had the lexer read on into this line.
  if (ls > 0 && t0 === skipBlank(src, ls) && /[\w}\])]$/.test(src.slice(0, ls - 1).trimEnd())) {
    const prevLine = lineStart(src, ls - 1);
    const last = tokenBefore(src, prevLine, ls);
    if (last && (last.kind === 'var' || src.slice(last.start, last.end) === ')') && /^[ \t]*\n$/.test(src.slice(last.end, ls))) return prevLine;
  }
  return ls;
}

/** Words the lexer reads on past blanks (to look for a following name or paren). */
const READS_ON = new Set(['my', 'our', 'local', 'state']);
/** Words the lexer reads together with the name after them. */
const READS_NAME = new Set(['sub', 'package', 'use', 'no', 'require']);

/** End of the offending token as perl's lexer leaves it (some tokens read the blanks after them). */
function offendingEnd(src: string, t: Tok, prev: Tok | null, isKnownWord: (w: string) => boolean): number {
  const rest = /^[ \t]*/.exec(src.slice(t.end))![0].length;
  const w = src.slice(t.start, t.end);
  if (t.kind === 'word' && READS_NAME.has(w)) return t.end + /^[ \t]*(?:[A-Za-z_][\w:]*)?/.exec(src.slice(t.end))![0].length;
  if (t.kind === 'word' && isFatComma(src, t)) return t.end;
  if (t.kind === 'var' || (t.kind === 'word' && (READS_ON.has(w) || !isKnownWord(w)))) return t.end + rest;
  if (w === ')') return blanksAfter(src, t.end);
  // A `{` after a term starts a subscript, read past the blanks after it.
  const pw = prev ? src.slice(prev.start, prev.end) : '';
  if (w === '{' && prev && (prev.kind === 'num' || prev.kind === 'str' || prev.kind === 'var' || (prev.kind === 'word' && !isKnownWord(pw)))) return blanksAfter(src, t.end);
  return t.end;
}

/** A word before `=>` is a string to perl's lexer. */
const isFatComma = (src: string, t: Tok): boolean => /^\s*=>/.test(src.slice(t.end, t.end + 20));

/** After `)` and `{` perl's lexer has read the blanks that follow, through the end of the line. */
function blanksAfter(src: string, end: number): number {
  const rest = /^[ \t]*/.exec(src.slice(end))![0].length;
  return src[end + rest] === '\n' ? end + rest + 1 : end + rest;
}

/** Curly and square brackets left open at the end of `src` (perl reports them after a syntax error). */
export function openBrackets(src: string): number {
  let depth = 0;
  for (let i = skipBlank(src, 0); i < src.length; i = skipBlank(src, i)) {
    const t = tokenAt(src, i);
    const c = src[t.start];
    if (t.end - t.start === 1 && (c === '{' || c === '[')) depth++;
    else if (t.end - t.start === 1 && (c === '}' || c === ']')) depth = Math.max(0, depth - 1);
    if (/^__(?:END|DATA)__$/.test(src.slice(t.start, t.end))) break;
    i = t.end;
  }
  return depth;
}

export interface SyntaxContext {
  /** Line perl names. */
  line: number;
  /** `near "..."`, or the end-of-input form. */
  where: string;
  /** A "... found where operator expected" warning raised first, if any. */
  noOp: string | null;
}

/**
 * The context of a syntax error at `pos` (the offending token, or the end
 * of input). `lineAt` maps offsets to lines; `isKnownWord` says whether a
 * bareword is a builtin, keyword or declared sub.
 */
export function syntaxContext(src: string, pos: number, file: string, lineAt: (p: number) => number, isKnownWord: (w: string) => boolean): SyntaxContext {
  const isEval = file.startsWith('(eval ');
  const t0 = skipBlank(src, pos);
  if (t0 >= src.length) return { line: lineAt(Math.max(0, src.length - 1)), where: 'at EOF', noOp: null };
  const tok = tokenAt(src, t0);
  const line = lineAt(t0);
  if (isEval && src[t0] === ';') return { line, where: 'at EOF', noOp: null };
  const prev = tokenBefore(src, anchor(src, t0, isEval), t0);
  const end = offendingEnd(src, tok, prev, isKnownWord);
  const start = prev ? prev.start : t0;
  const where = `near "${src.slice(start, end)}"`;
  return { line, where, noOp: noOperator(src, prev, tok, file, line, isKnownWord) };
}

/** Where the lexer stood after reading `t` (past the blanks a `)` or `{` reads). */
function afterToken(src: string, t: Tok): number {
  const w = src.slice(t.start, t.end);
  return w === ')' || w === '{' ? blanksAfter(src, t.end) : t.end;
}

const TERM_END: ReadonlySet<TokKind> = new Set(['num', 'str', 'var', 'word', 'close']);

/** toke.c no_op: a term where an operator was expected. */
function noOperator(src: string, prev: Tok | null, tok: Tok, file: string, line: number, isKnownWord: (w: string) => boolean): string | null {
  const text = src.slice(tok.start, tok.end);
  const what = tok.kind === 'num' ? 'Number' : tok.kind === 'str' ? 'String'
    : tok.kind === 'var' ? ({ $: 'Scalar', '@': 'Array', '%': 'Hash', '&': null } as Record<string, string | null>)[text[0]!] ?? null
      : tok.kind === 'word' && !isKnownWord(text) && !isFatComma(src, tok) ? 'Bareword' : null;
  // First on its line, and the lexer did not read into this line for the token before.
  const ls = lineStart(src, tok.start);
  const first = src.slice(ls, tok.start).trim() === '' && !(prev && prev.start < ls);
  if (!what || (!first && (!prev || !TERM_END.has(prev.kind)))) return null;
  if (what === 'Hash' && prev) return null;
  const prevWord = prev ? src.slice(prev.start, prev.end) : '';
  // After a quote-like operator perl gives no hint.
  const quoteLike = prev?.kind === 'str' && /^[a-z]/.test(prevWord);
  let near: string, hint: string;
  if (first) {
    near = text;
    hint = 'Missing semicolon on previous line?';
  } else {
    near = src.slice(prev!.start, tok.end);
    const pw = src.slice(prev!.start, prev!.end);
    // `say` reaching here is a bareword: the feature is off (a term after an enabled say is its argument).
    if (prev!.kind === 'word' && (!isKnownWord(pw) || pw === 'say')) hint = `Do you need to predeclare ${pw}?`;
    else hint = `Missing operator before ${what === 'Number' || what === 'String' ? src.slice(afterToken(src, prev!), tok.end) : text}?`;
  }
  return `${what} found where operator expected at ${file} line ${line}, near "${near}"\n${quoteLike ? '' : `\t(${hint})\n`}`;
}
