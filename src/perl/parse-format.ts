/**
 * `format NAME =` ... `.` (perlform): picture lines and argument lines,
 * read as toke.c's scan_formline does. The declaration becomes a 'format'
 * statement whose body is one `formline PICTURE, ARGS` per picture; the
 * compiler makes it a sub stored in the glob's format slot.
 */
import { node, type Node } from './ast.ts';
import { PerlSyntaxError } from './lexer.ts';
import type { Parser } from './parser.ts';
import { parseExpr } from './parse-expr.ts';

/** Names perl keeps in main:: whatever the package. */
const FORCED_MAIN = new Set(['ENV', 'INC', 'ARGV', 'ARGVOUT', 'STDIN', 'STDOUT', 'STDERR', 'SIG', '_']);

/**
 * At the word `format`: whether a declaration follows (`format [NAME] =`
 * and the end of the line). Returns the format statement, or null when the
 * word is something else (the caller parses an expression).
 */
export function parseFormat(p: Parser, line: number): Node | null {
  const lx = p.lx;
  const src = lx.src;
  const m = /^format(?![\w:])[ \t]*((?:[A-Za-z_]\w*)?(?:(?:::|')\w+)*)?[ \t]*=(?![=~>])/.exec(src.slice(lx.pos, lx.pos + 300));
  if (!m) return null;
  const name = m[1] || 'STDOUT';
  let pos = lx.pos + m[0].length;
  while (src[pos] === ' ' || src[pos] === '\t' || src[pos] === '\r') pos++;
  if (src[pos] === '#') while (pos < src.length && src[pos] !== '\n') pos++;
  if (pos < src.length && src[pos] !== '\n') throw p.syntaxError(src.slice(lx.pos, lx.pos + m[0].length));
  pos++;
  const full = name.includes('::') ? name.replace(/^::/, 'main::') : FORCED_MAIN.has(name) ? `main::${name}` : `${p.pkg}::${name}`;
  const body: Node[] = [];
  pos = readLines(p, pos, body);
  lx.pos = pos;
  const sub = { name: full, pkg: p.pkg, body, line };
  return node('format', line, { name: full, sub });
}

/** Read picture and argument lines up to the `.` line; returns the position after it. */
function readLines(p: Parser, pos: number, body: Node[]): number {
  const src = p.lx.src;
  let pic = '';
  let picLine = 0;
  let lastWasArgs = true;
  for (;;) {
    if (pos >= src.length) unterminated(p, lastWasArgs);
    let eol = src.indexOf('\n', pos);
    if (eol < 0) eol = src.length;
    const text = src.slice(pos, eol);
    const line = p.lx.lineAt(pos);
    if (/^\.[ \t\r]*$/.test(text)) {
      if (pic !== '') body.push(formline(pic, null, picLine));
      return Math.min(eol + 1, src.length);
    }
    if (text.startsWith('#')) { pos = eol + 1; lastWasArgs = false; continue; }
    // A `~~` line starts a picture of its own (it is repeated alone).
    if (text.includes('~~') && pic !== '') { body.push(formline(pic, null, picLine)); pic = ''; }
    pic += text.replace(/\r$/, '') + (eol < src.length ? '\n' : '');
    picLine = line;
    pos = eol + 1;
    lastWasArgs = false;
    if (!/[@^]/.test(text)) continue;
    // The argument line (a `.` there ends the format: the fields get nothing).
    if (pos >= src.length) unterminated(p, true);
    const next = src.indexOf('\n', pos);
    const argText = src.slice(pos, next < 0 ? src.length : next);
    if (/^\.[ \t\r]*$/.test(argText)) { body.push(formline(pic, null, line)); pic = ''; continue; }
    const parsed = formatArgs(p, pos);
    body.push(formline(pic, parsed.args, parsed.line));
    pic = '';
    pos = parsed.end;
    lastWasArgs = true;
  }
}

function formline(pic: string, args: Node | null, line: number): Node {
  const e = node('func', line, { name: 'formline', args: [node('str', line, { v: pic }), ...(args ? [args] : [])] });
  return node('expr', line, { e });
}

/** perl reads on past the end and reports the format unterminated, then the syntax error at EOF. */
function unterminated(p: Parser, afterArgs: boolean): never {
  const lx = p.lx;
  const last = lx.lineAt(Math.max(0, lx.src.length - 1)) + (lx.src.endsWith('\n') ? 1 : 0);
  const line = afterArgs ? last : last + 1;
  const file = lx.file;
  throw new PerlSyntaxError('Format not terminated', line, '', false, true, [`Format not terminated at ${file} line ${line}, at end of line\n`, `syntax error at ${file} line ${line}, at EOF\n`]);
}

/**
 * A format's argument line at `pos` (perlform): one expression up to the
 * end of the line, or a `{ ... }` block that may span lines (its value is
 * the list). Returns the arguments (null: none), their line and where the
 * next picture line starts.
 */
export function formatArgs(p: Parser, pos: number): { args: Node | null; line: number; end: number } {
  const src = p.lx.src;
  const line = p.lx.lineAt(pos);
  let eol = src.indexOf('\n', pos);
  if (eol < 0) eol = src.length;
  const brace = /^[ \t]*\{/.test(src.slice(pos, eol));
  if (!brace) eol = argLineEnd(src, pos);
  const text = brace ? src.slice(pos) : src.slice(pos, eol);
  const sub = p.child(text, line);
  if (brace) {
    sub.lx.skipSpace();
    const body = sub.parseBlock();
    let end = pos + sub.lx.pos;
    while (src[end] === ' ' || src[end] === '\t' || src[end] === '\r') end++;
    if (end < src.length && src[end] !== '\n') { sub.lx.pos = end - pos; throw sub.syntaxError(); }
    return { args: node('do_block', line, { body }), line, end: end + 1 };
  }
  if (sub.lx.eof()) return { args: null, line, end: eol + 1 };
  const e = parseExpr(sub);
  if (!sub.lx.eof()) throw sub.syntaxError();
  return { args: e, line, end: eol + 1 };
}

/**
 * Where a format's argument line ends: at its newline, unless a `[` or `{`
 * opened on it is still open (toke.c ends the line only with its brackets
 * closed). Quoted strings and comments are skipped over.
 */
function argLineEnd(src: string, pos: number): number {
  let depth = 0;
  for (let i = pos; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\n') { if (depth <= 0) return i; continue; }
    if (c === '#' && src[i - 1] !== '$') { while (i + 1 < src.length && src[i + 1] !== '\n') i++; continue; }
    if ((c === '"' || c === "'") && src[i - 1] !== '$') { i++; while (i < src.length && src[i] !== c) { if (src[i] === '\\') i++; i++; } continue; }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return src.length;
}
