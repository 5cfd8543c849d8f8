/**
 * bash's grammar (bash(1) "SHELL GRAMMAR"): complete commands are parsed one
 * at a time (`parseCommandLine`) so a script runs line by line as bash runs
 * it. Errors are ParseError values carrying bash's own texts.
 */
import type {
  AndOr, ArrayElem, Assign, CaseItem, Command, Compound, CompoundCommand, FuncDef, List, ListItem, Pipeline,
  Redir, RedirOp, SimpleCommand, Word,
} from './ast.ts';
import { ParseError } from './errors.ts';
import { META, Scanner, isNameChar, isNameStart } from './scanner.ts';
import { parseCond } from './cond.ts';

export type Tok =
  | { k: 'op'; v: string; pos: number; end: number; fd?: number; fdVar?: string }
  | { k: 'word'; w: Word; raw: string; pos: number; end: number }
  | { k: 'eof'; pos: number; end: number };

const OPS = [';;&', ';;', ';&', ';', '&&', '&>>', '&>', '&', '||', '|&', '|', '(', ')', '<<<', '<<-', '<<', '<>', '<&', '<', '>>', '>&', '>|', '>'];
const REDIR_OPS = new Set(['<', '>', '>>', '>|', '<>', '<&', '>&', '&>', '&>>', '<<', '<<-', '<<<']);
const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'select', 'function', 'time', '{', '}', '!', '[[', ']]', 'in']);

export interface ParserOptions {
  /** When true, end of input is final: a here-doc may end at EOF (with a warning). */
  final?: boolean;
  aliases?: (() => Map<string, string> | null) | null;
  lineBase?: number;
  /** Whether `shopt extglob` is on, asked as each word is read (bash decides at parse time). */
  extglob?: () => boolean;
}

interface PendingHeredoc {
  redir: Redir;
  delim: string;
  strip: boolean;
  quoted: boolean;
  line: number;
}

/** Markers in the expanded text of a declaration's `name=(...)` argument. */
export const ARRAY_ELEM = '\x1e', ARRAY_KEY = '\x1f';

export class Parser extends Scanner {
  private peeked: Tok | null = null;
  private pending: PendingHeredoc[] = [];
  readonly warnings: { line: number; message: string }[] = [];
  private aliasActive = new Set<string>();

  constructor(src: string, private readonly opts: ParserOptions = {}) {
    super(src, opts.lineBase ?? 1);
    if (opts.extglob) this.extglobOpt = opts.extglob;
  }

  // ---- tokens

  peek(): Tok {
    if (this.peeked && this.peeked.pos >= this.pos) return this.peeked;
    this.skipBlanks();
    this.peeked = this.scanToken();
    return this.peeked;
  }

  advance(): Tok {
    const t = this.peek();
    this.pos = t.end;
    this.peeked = null;
    if (t.k === 'op' && t.v === '\n' && this.pending.length) this.readHeredocs();
    return t;
  }

  private skipBlanks(): void {
    for (;;) {
      this.skipContinuations();
      const c = this.ch();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '#') {
        while (!this.atEnd() && this.ch() !== '\n') this.pos++;
      } else return;
    }
  }

  private scanToken(): Tok {
    const pos = this.pos;
    if (this.atEnd()) return { k: 'eof', pos, end: pos };
    const c = this.ch();
    if (c === '\n') return { k: 'op', v: '\n', pos, end: pos + 1 };
    const io = /^([0-9]+)(?=[<>])/.exec(this.src.slice(pos, pos + 12)) ?? null;
    if (io) {
      const op = this.matchOp(pos + io[1]!.length);
      if (op && REDIR_OPS.has(op) && !(this.src[pos + io[1]!.length + op.length] === '(' && (op === '<' || op === '>'))) {
        return { k: 'op', v: op, pos, end: pos + io[1]!.length + op.length, fd: Number(io[1]) };
      }
    }
    const fv = /^\{([A-Za-z_][A-Za-z0-9_]*)\}(?=[<>])/.exec(this.src.slice(pos, pos + 80));
    if (fv) {
      const op = this.matchOp(pos + fv[0].length);
      if (op && REDIR_OPS.has(op)) return { k: 'op', v: op, pos, end: pos + fv[0].length + op.length, fdVar: fv[1]! };
    }
    const op = this.matchOp(pos);
    if (op && !((op === '<' || op === '>') && this.src[pos + 1] === '(')) return { k: 'op', v: op, pos, end: pos + op.length };
    const parts = this.scanParts('word', (ch) => META.includes(ch) && !((ch === '<' || ch === '>') && this.ch(1) === '('));
    const end = this.pos;
    this.pos = pos;
    return { k: 'word', w: { parts }, raw: this.src.slice(pos, end), pos, end };
  }

  private matchOp(pos: number): string | null {
    for (const o of OPS) if (this.src.startsWith(o, pos)) return o;
    return null;
  }

  private isWord(t: Tok, v: string): boolean {
    return t.k === 'word' && t.raw === v && t.w.parts.length === 1 && t.w.parts[0]!.t === 'lit';
  }

  private isOp(t: Tok, v: string): boolean {
    return t.k === 'op' && t.v === v && t.fd === undefined && t.fdVar === undefined;
  }

  /** bash's "syntax error near unexpected token" (or EOF: incomplete). */
  unexpected(t: Tok): never {
    if (t.k === 'eof') throw new ParseError('syntax error: unexpected end of file', this.eofLine(), true);
    const text = t.k === 'op' ? (t.v === '\n' ? 'newline' : this.src.slice(t.pos, t.end)) : t.raw;
    throw new ParseError(`syntax error near unexpected token \`${text}'`, this.lineAt(t.pos), false, this.lineText(t.pos));
  }

  private expectWord(v: string): void {
    const t = this.peek();
    if (!this.isWord(t, v)) this.unexpected(t);
    this.advance();
  }

  private skipNewlines(): void {
    while (this.isOp(this.peek(), '\n')) this.advance();
  }

  // ---- here-documents

  private readHeredocs(): void {
    const docs = this.pending;
    this.pending = [];
    for (const d of docs) this.readHeredoc(d);
  }

  private readHeredoc(d: PendingHeredoc): void {
    let body = '';
    for (;;) {
      if (this.atEnd()) {
        if (!this.opts.final) throw new ParseError('here-document', this.eofLine(), true);
        this.warnings.push({
          line: this.lineAt(this.src.length) + (this.src.endsWith('\n') ? 0 : 0),
          message: `warning: here-document at line ${d.line} delimited by end-of-file (wanted \`${d.delim}')`,
        });
        break;
      }
      const nl = this.src.indexOf('\n', this.pos);
      const lineEnd = nl < 0 ? this.src.length : nl;
      let line = this.src.slice(this.pos, lineEnd);
      if (d.strip) line = line.replace(/^\t+/, '');
      this.pos = nl < 0 ? this.src.length : nl + 1;
      if (line === d.delim) break;
      body += line + (nl < 0 ? '' : '\n');
    }
    if (d.quoted) {
      d.redir.heredoc = { body: { parts: body ? [{ t: 'sq', v: body }] : [] }, quoted: true, text: body, delim: d.delim };
      return;
    }
    const sub = new Parser(body, { lineBase: d.line + 1 });
    const parts = sub.scanParts('heredoc', () => false);
    d.redir.heredoc = { body: { parts }, quoted: false, text: body, delim: d.delim };
  }

  // ---- nested sources

  protected subList(): List {
    const list = this.parseCompoundList(new Set(), true);
    const t = this.peek();
    if (!this.isOp(t, ')')) {
      if (t.k === 'eof') this.unmatched(')', null);
      this.unexpected(t);
    }
    this.advance();
    return list;
  }

  protected parseNested(src: string, line: number): List {
    const p = new Parser(src, { lineBase: line, final: true, aliases: this.opts.aliases ?? null, extglob: this.extglobOpt });
    return p.parseAll();
  }

  // ---- lists

  /** Parse everything (used for backquotes and eval-like callers). */
  parseAll(): List {
    const items: ListItem[] = [];
    for (;;) {
      const l = this.parseCommandLine();
      if (!l) break;
      items.push(...l.items);
    }
    return { t: 'list', items };
  }

  /** The next complete command (through its newline), or null at end of input. */
  parseCommandLine(): List | null {
    this.skipNewlines();
    if (this.peek().k === 'eof') return null;
    const items: ListItem[] = [];
    for (;;) {
      const cmd = this.parseAndOr();
      const t = this.peek();
      if (this.isOp(t, ';') || this.isOp(t, '&')) {
        this.advance();
        items.push({ cmd, async: t.k === 'op' && t.v === '&' });
        const n = this.peek();
        if (n.k === 'eof' || this.isOp(n, '\n')) break;
        continue;
      }
      items.push({ cmd, async: false });
      if (t.k === 'eof' || this.isOp(t, '\n')) break;
      this.unexpected(t);
    }
    const t = this.peek();
    if (this.isOp(t, '\n')) this.advance();
    return { t: 'list', items };
  }

  /** compound_list: and-or lists up to a reserved word in `stops` (or `)` when parens). */
  parseCompoundList(stops: Set<string>, parens = false): List {
    const items: ListItem[] = [];
    this.skipNewlines();
    for (;;) {
      const t = this.peek();
      if (t.k === 'eof') break;
      if (t.k === 'word' && stops.has(t.raw) && this.isWord(t, t.raw)) break;
      if (parens && this.isOp(t, ')')) break;
      if (this.isOp(t, ';;') || this.isOp(t, ';&') || this.isOp(t, ';;&')) break;
      const cmd = this.parseAndOr();
      const s = this.peek();
      if (this.isOp(s, ';') || this.isOp(s, '&') || this.isOp(s, '\n')) {
        this.advance();
        items.push({ cmd, async: s.k === 'op' && s.v === '&' });
        this.skipNewlines();
        continue;
      }
      items.push({ cmd, async: false });
      break;
    }
    if (items.length === 0) this.unexpected(this.peek());
    return { t: 'list', items };
  }

  private parseAndOr(): Command {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.peek();
      if (!this.isOp(t, '&&') && !this.isOp(t, '||')) break;
      this.advance();
      this.skipNewlines();
      rest.push({ op: (t as { v: string }).v as '&&', cmd: this.parsePipeline() });
    }
    return rest.length ? { t: 'andor', first, rest } : first;
  }

  private parsePipeline(): Command {
    let t = this.peek();
    const line = this.lineAt(t.pos);
    let bang = false, time = false;
    if (this.isWord(t, 'time')) {
      time = true;
      this.advance();
      t = this.peek();
    }
    while (this.isWord(t, '!')) {
      bang = !bang;
      this.advance();
      t = this.peek();
    }
    const cmds: Command[] = [this.parseCommand()];
    const pipeStderr: boolean[] = [];
    for (;;) {
      const s = this.peek();
      if (!this.isOp(s, '|') && !this.isOp(s, '|&')) break;
      this.advance();
      pipeStderr.push(s.k === 'op' && s.v === '|&');
      this.skipNewlines();
      cmds.push(this.parseCommand());
    }
    if (cmds.length === 1 && !bang && !time) return cmds[0]!;
    const p: Pipeline = { t: 'pipeline', line, bang, time, cmds, pipeStderr };
    return p;
  }

  // ---- commands

  private parseCommand(): Command {
    const t = this.peek();
    if (t.k === 'op' && this.isOp(t, '(')) {
      if (this.src[t.pos + 1] === '(') {
        const a = this.tryArithCommand(t);
        if (a) return this.withRedirs(a);
      }
      this.advance();
      const body = this.parseCompoundList(new Set(), true);
      const c = this.peek();
      if (!this.isOp(c, ')')) this.unexpected(c);
      this.advance();
      return this.withRedirs({ t: 'subshell', body, line: this.lineAt(t.pos), redirs: [] });
    }
    if (t.k === 'word' && this.isWord(t, t.raw) && RESERVED.has(t.raw)) {
      const c = this.parseReserved(t);
      if (c) return c;
    }
    return this.parseSimple();
  }

  private withRedirs(c: CompoundCommand): CompoundCommand {
    for (;;) {
      const t = this.peek();
      if (t.k !== 'op' || !REDIR_OPS.has(t.v)) break;
      c.redirs.push(this.parseRedir());
    }
    const t = this.peek();
    if (t.k === 'word') this.unexpected(t);
    if (this.isOp(t, '(')) this.unexpected(t);
    return c;
  }

  private parseReserved(t: Tok & { k: 'word' }): Command | null {
    const line = this.lineAt(t.pos);
    const mk = (c: Compound): CompoundCommand =>
      this.withRedirs({ ...c, line, redirs: [] });
    switch (t.raw) {
      case '{': {
        this.advance();
        const body = this.parseCompoundList(new Set(['}']));
        this.expectWord('}');
        return mk({ t: 'group', body });
      }
      case 'if': return mk(this.parseIf());
      case 'while':
      case 'until': {
        this.advance();
        const cond = this.parseCompoundList(new Set(['do']));
        this.expectWord('do');
        const body = this.parseCompoundList(new Set(['done']));
        this.expectWord('done');
        return mk({ t: 'while', until: t.raw === 'until', cond, body });
      }
      case 'for':
      case 'select': return mk(this.parseFor(t.raw));
      case 'case': return mk(this.parseCase());
      case '[[': {
        this.advance();
        const expr = parseCond(this);
        return mk({ t: 'cond', expr });
      }
      case 'function': return this.parseFunctionKeyword(line);
      default:
        this.unexpected(t);
    }
  }

  private parseIf(): Compound {
    this.advance();
    const clauses: { cond: List; body: List }[] = [];
    let elseBody: List | null = null;
    for (;;) {
      const cond = this.parseCompoundList(new Set(['then']));
      this.expectWord('then');
      const body = this.parseCompoundList(new Set(['elif', 'else', 'fi']));
      clauses.push({ cond, body });
      const t = this.peek();
      if (this.isWord(t, 'elif')) {
        this.advance();
        continue;
      }
      if (this.isWord(t, 'else')) {
        this.advance();
        elseBody = this.parseCompoundList(new Set(['fi']));
      }
      this.expectWord('fi');
      return { t: 'if', clauses, else: elseBody };
    }
  }

  private parseDoGroup(): List {
    const t = this.peek();
    if (this.isWord(t, '{')) {
      this.advance();
      const body = this.parseCompoundList(new Set(['}']));
      this.expectWord('}');
      return body;
    }
    this.expectWord('do');
    const body = this.parseCompoundList(new Set(['done']));
    this.expectWord('done');
    return body;
  }

  private parseFor(kw: string): Compound {
    this.advance();
    let t = this.peek();
    if (kw === 'for' && this.isOp(t, '(') && this.src[t.pos + 1] === '(') {
      return this.parseArithFor(t);
    }
    if (t.k !== 'word' || !isNameStart(t.raw[0] ?? '') || ![...t.raw].every(isNameChar)) this.unexpected(t);
    const name = t.raw;
    this.advance();
    let words: Word[] | null = null;
    t = this.peek();
    if (this.isOp(t, ';')) this.advance();
    this.skipNewlines();
    t = this.peek();
    if (this.isWord(t, 'in')) {
      this.advance();
      words = [];
      for (;;) {
        const w = this.peek();
        if (w.k !== 'word') break;
        words.push(w.w);
        this.advance();
      }
      const s = this.peek();
      if (this.isOp(s, ';') || this.isOp(s, '\n')) this.advance();
      else this.unexpected(s);
      this.skipNewlines();
    }
    const body = this.parseDoGroup();
    return kw === 'for' ? { t: 'for', name, words, body } : { t: 'select', name, words, body };
  }

  private parseArithFor(t: Tok): Compound {
    this.pos = t.pos + 2;
    this.peeked = null;
    const pieces: Word[] = [];
    for (let i = 0; i < 3; i++) {
      let depth = 0;
      const parts = this.scanParts('arith', (c) => {
        if (c === '(') depth++;
        if (c === ')') {
          if (depth === 0) return true;
          depth--;
        }
        return depth === 0 && c === ';' && i < 2;
      });
      pieces.push({ parts });
      if (this.atEnd()) this.unmatched(')', null);
      if (i < 2) {
        if (this.ch() !== ';') this.unexpected(this.peek());
        this.pos++;
      }
    }
    if (!this.src.startsWith('))', this.pos)) this.unexpected(this.peek());
    this.pos += 2;
    const s = this.peek();
    if (this.isOp(s, ';')) this.advance();
    this.skipNewlines();
    const body = this.parseDoGroup();
    return { t: 'arithfor', init: pieces[0]!, cond: pieces[1]!, step: pieces[2]!, body };
  }

  private parseCase(): Compound {
    this.advance();
    const wt = this.peek();
    if (wt.k !== 'word') this.unexpected(wt);
    this.advance();
    this.skipNewlines();
    this.expectWord('in');
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      let t = this.peek();
      if (this.isWord(t, 'esac')) {
        this.advance();
        break;
      }
      if (this.isOp(t, '(')) {
        this.advance();
        t = this.peek();
      }
      const patterns: Word[] = [];
      for (;;) {
        t = this.peek();
        if (t.k !== 'word') this.unexpected(t);
        patterns.push(t.w);
        this.advance();
        t = this.peek();
        if (this.isOp(t, '|')) {
          this.advance();
          continue;
        }
        if (this.isOp(t, ')')) {
          this.advance();
          break;
        }
        this.unexpected(t);
      }
      this.skipNewlines();
      t = this.peek();
      let body: List = { t: 'list', items: [] };
      if (!this.isWord(t, 'esac') && !this.isOp(t, ';;') && !this.isOp(t, ';&') && !this.isOp(t, ';;&')) {
        body = this.parseCompoundList(new Set(['esac']));
      }
      t = this.peek();
      let term: CaseItem['term'] = ';;';
      if (this.isOp(t, ';;') || this.isOp(t, ';&') || this.isOp(t, ';;&')) {
        term = (t as { v: string }).v as CaseItem['term'];
        this.advance();
      } else if (!this.isWord(t, 'esac')) this.unexpected(t);
      items.push({ patterns, body, term });
    }
    return { t: 'case', word: wt.w, items };
  }

  private parseFunctionKeyword(line: number): FuncDef {
    const start = this.peek().pos;
    this.advance();
    const t = this.peek();
    if (t.k !== 'word') this.unexpected(t);
    this.advance();
    if (this.isOp(this.peek(), '(')) {
      this.advance();
      const c = this.peek();
      if (!this.isOp(c, ')')) this.unexpected(c);
      this.advance();
    }
    return this.funcBody(t.raw, line, start);
  }

  private funcBody(name: string, line: number, start: number): FuncDef {
    this.skipNewlines();
    const b = this.peek();
    const body = this.parseCommand();
    if (body.t === 'simple' || body.t === 'func' || body.t === 'pipeline' || body.t === 'andor' || body.t === 'list') this.unexpected(b);
    return { t: 'func', name, body, line, src: this.src.slice(start, this.pos) };
  }

  private tryArithCommand(t: Tok): CompoundCommand | null {
    const save = this.pos;
    this.pos = t.pos + 2;
    this.peeked = null;
    let depth = 0;
    const parts = this.scanParts('arith', (c) => {
      if (c === '(') depth++;
      if (c === ')') {
        if (depth === 0) return true;
        depth--;
      }
      return false;
    });
    if (this.atEnd()) this.unmatched(')', null);
    if (this.ch(1) !== ')') {
      this.pos = save;
      return null;
    }
    this.pos += 2;
    return { t: 'arith', expr: { parts }, line: this.lineAt(t.pos), redirs: [] };
  }

  // ---- simple commands

  private parseSimple(): Command {
    const first = this.peek();
    const cmd: SimpleCommand = { t: 'simple', line: this.lineAt(first.pos), assigns: [], words: [], redirs: [] };
    for (;;) {
      const t = this.peek();
      if (t.k === 'op' && REDIR_OPS.has(t.v)) {
        cmd.redirs.push(this.parseRedir());
        continue;
      }
      if (t.k !== 'word') break;
      if (cmd.words.length === 0 && this.tryAlias(t)) continue;
      if (cmd.words.length === 0) {
        const a = this.tryAssign(t);
        if (a) {
          cmd.assigns.push(a);
          continue;
        }
      }
      this.advance();
      cmd.words.push(this.declWord(cmd, t));
      if (cmd.words.length === 1 && cmd.assigns.length === 0 && cmd.redirs.length === 0 && this.isOp(this.peek(), '(')) {
        return this.parseFuncDef(t);
      }
    }
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirs.length === 0) this.unexpected(this.peek());
    return cmd;
  }

  private parseFuncDef(t: Tok & { k: 'word' }): FuncDef {
    this.advance();
    const c = this.peek();
    if (!this.isOp(c, ')')) this.unexpected(c);
    this.advance();
    return this.funcBody(t.raw, this.lineAt(t.pos), t.pos);
  }

  private tryAlias(t: Tok & { k: 'word' }): boolean {
    const aliases = this.opts.aliases?.() ?? null;
    if (!aliases || !this.isWord(t, t.raw) || this.aliasActive.has(t.raw)) return false;
    const v = aliases.get(t.raw);
    if (v === undefined) return false;
    this.aliasActive.add(t.raw);
    this.src = this.src.slice(0, t.pos) + v + ' ' + this.src.slice(t.end);
    this.indexLines();
    this.pos = t.pos;
    this.peeked = null;
    return true;
  }

  /** In declare/local/export/readonly/typeset, `name=(...)` keeps its parenthesised text. */
  private declWord(cmd: SimpleCommand, t: Tok & { k: 'word' }): Word {
    const w = t.w;
    const head = cmd.words[0];
    const isDecl = head && head.parts.length === 1 && head.parts[0]!.t === 'lit'
      && ['declare', 'local', 'export', 'readonly', 'typeset'].includes(head.parts[0]!.v);
    if (!isDecl || !/^[A-Za-z_][A-Za-z0-9_]*(\+)?=$/.test(t.raw) || this.ch() !== '(') return w;
    this.pos++;
    const elems = this.parseArrayElems();
    // Elements are marked (\x1e before each, \x1f around a key) so the
    // builtin can take them apart after expansion without re-parsing values.
    const parts = [...w.parts, { t: 'lit' as const, v: '(' }];
    for (const e of elems) {
      parts.push({ t: 'lit', v: ARRAY_ELEM });
      if (e.key) parts.push({ t: 'lit', v: ARRAY_KEY }, { t: 'dq', parts: e.key.parts }, { t: 'lit', v: ARRAY_KEY });
      parts.push({ t: 'dq', parts: e.value.parts });
    }
    parts.push({ t: 'lit', v: ')' });
    return { parts };
  }

  private tryAssign(t: Tok & { k: 'word' }): Assign | null {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+)?=/.exec(t.raw);
    if (!m) return null;
    const first = t.w.parts[0];
    if (!first || first.t !== 'lit' || !first.v.startsWith(m[0]) && !m[2]) return null;
    const name = m[1]!;
    const append = m[3] === '+';
    let index: Word | undefined;
    if (m[2]) {
      const sub = new Parser(m[2].slice(1, -1));
      index = { parts: sub.scanParts('arith', () => false) };
    }
    this.advance();
    const valueParts = this.valueParts(t.w, m[0].length);
    if (valueParts.length === 0 && this.ch() === '(' && this.pos === t.end) {
      this.pos++;
      this.peeked = null;
      return { name, index, append, value: null, array: this.parseArrayElems() };
    }
    return { name, index, append, value: { parts: valueParts } };
  }

  /** The parts of an assignment word after `name=`, with tildes after `=` and `:` expanded. */
  private valueParts(w: Word, skip: number): Word['parts'] {
    const parts: Word['parts'] = [];
    let left = skip;
    for (const p of w.parts) {
      if (left > 0 && p.t === 'lit') {
        if (p.v.length <= left) {
          left -= p.v.length;
          continue;
        }
        parts.push({ t: 'lit', v: p.v.slice(left) });
        left = 0;
        continue;
      }
      parts.push(p);
    }
    return splitTildes(parts);
  }

  private parseArrayElems(): ArrayElem[] {
    const elems: ArrayElem[] = [];
    for (;;) {
      this.peeked = null;
      const t = this.peek();
      if (this.isOp(t, '\n')) {
        this.advance();
        continue;
      }
      if (this.isOp(t, ')')) {
        this.advance();
        return elems;
      }
      if (t.k === 'eof') this.unmatched(')', null);
      if (t.k !== 'word') this.unexpected(t);
      this.advance();
      const m = /^\[([^\]]*)\](\+)?=/.exec(t.raw);
      if (m && t.w.parts[0]?.t === 'lit') {
        const sub = new Parser(m[1]!);
        elems.push({ key: { parts: sub.scanParts('arith', () => false) }, value: { parts: this.valueParts(t.w, m[0].length) } });
      } else elems.push({ value: t.w });
    }
  }

  private parseRedir(): Redir {
    const t = this.advance() as Tok & { k: 'op' };
    const w = this.peek();
    if (w.k !== 'word') this.unexpected(w);
    this.advance();
    const r: Redir = { fd: t.fd ?? null, op: t.v as RedirOp, target: w.w };
    if (t.fdVar) r.fdVar = t.fdVar;
    if (t.v === '<<' || t.v === '<<-') {
      const quoted = w.w.parts.some((p) => p.t !== 'lit');
      this.pending.push({ redir: r, delim: delimText(w.w), strip: t.v === '<<-', quoted, line: this.lineAt(t.pos) });
      r.heredoc = { body: { parts: [] }, quoted };
    }
    return r;
  }

  /** After the last command: pending here-docs with no newline yet. */
  finish(): void {
    if (this.pending.length) {
      if (!this.opts.final) throw new ParseError('here-document', this.eofLine(), true);
      this.readHeredocs();
    }
  }
}

/** The here-doc delimiter after quote removal. */
function delimText(w: Word): string {
  let s = '';
  for (const p of w.parts) {
    if (p.t === 'lit' || p.t === 'sq' || p.t === 'esc') s += p.v;
    else if (p.t === 'dq') s += delimText({ parts: p.parts });
    else if (p.t === 'param') s += '$' + p.p.name;
  }
  return s;
}

/** Mark `~` at the start and after each `:` in an assignment value as tilde parts. */
function splitTildes(parts: Word['parts']): Word['parts'] {
  const out: Word['parts'] = [];
  parts.forEach((p, i) => {
    if (p.t !== 'lit') {
      out.push(p);
      return;
    }
    const segs = p.v.split(':');
    segs.forEach((seg, j) => {
      if (j) out.push({ t: 'lit', v: ':' });
      const atStart = j > 0 || i === 0;
      const m = /^~([A-Za-z0-9_.-]*)(?=\/|$)/.exec(seg);
      const nextOk = seg.length > (m?.[0].length ?? 0) || j < segs.length - 1 || i === parts.length - 1 || true;
      if (atStart && m && nextOk) {
        out.push({ t: 'tilde', user: m[1]! });
        if (seg.length > m[0].length) out.push({ t: 'lit', v: seg.slice(m[0].length) });
      } else if (seg) out.push({ t: 'lit', v: seg });
    });
  });
  return out;
}
