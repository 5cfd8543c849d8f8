/**
 * Statements (perlsyn): blocks, compound statements with labels, statement
 * modifiers, sub/package/use declarations, BEGIN/END and __END__/__DATA__.
 * Produces the tree in ast.ts; names stay as written and the compiler
 * resolves lexicals and packages.
 */
import { parseVersion } from './versions.ts';
import { node, type Node, type SubDef, type SigParam } from './ast.ts';
import { BUILTINS } from './builtins-table.ts';
import { Lexer, PerlSyntaxError } from './lexer.ts';
import { parseExpr, parseBinary, parseAssign } from './parse-expr.ts';
import { parsePrimary } from './parse-term.ts';
import { parseFormat } from './parse-format.ts';

/** Names perl always puts in main:: whatever the current package. */
const FORCED_MAIN = new Set(['ENV', 'INC', 'ARGV', 'ARGVOUT', 'STDIN', 'STDOUT', 'STDERR', 'SIG', '_']);

import { importedNames, exportIsConstant } from './exports.ts';
import { beginGlobSubs, importsUnresolved, listWords } from './parse-imports.ts';
import { CompileError } from './diag-error.ts';
import { syntaxContext, openBrackets } from './diag-near.ts';
import { foldConst, notModifiableParts } from './diag-opdesc.ts';
import type { ParseDiag } from './warn-compile-registry.ts';

/** Words of the language that are not in the builtins table. */
const KEYWORDS = new Set(['my', 'our', 'local', 'state', 'sub', 'package', 'use', 'no', 'require', 'if', 'unless', 'else', 'elsif', 'while', 'until', 'for', 'foreach', 'do', 'eval', 'return', 'last', 'next', 'redo', 'print', 'printf', 'say', 'sort', 'map', 'grep', 'split', 'and', 'or', 'not', 'xor', 'x', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'cmp', 'qw', 'q', 'qq', 'm', 's', 'tr', 'y', 'qr', 'qx', 'BEGIN', 'END', '__PACKAGE__', '__FILE__', '__LINE__', '__END__', '__DATA__', 'wantarray', 'continue', 'format']);

export interface ParseResult { body: Node[]; data: string | null }

export class Parser {
  readonly lx: Lexer;
  pkg = 'main';
  private knownSubs: Set<string>;
  /** Subs declared so far in the parse, by full name: perl's compile-time view (knownSubs also holds later ones). */
  private declared: Set<string>;
  /** Subs known to take no arguments (constants, `()` prototypes). */
  readonly constSubs = new Set<string>();
  /** Subs whose first argument may be a bare block (`&` prototypes, List::Util style). */
  readonly blockSubs = new Set<string>(['first', 'any', 'all', 'none', 'notall', 'reduce', 'reductions', 'pairmap', 'pairgrep', 'pairfirst', 'max_by', 'min_by', 'sort_by', 'nsort_by', 'uniq_by', 'try', 'catch', 'finally']);
  features: Set<string>;
  /** Subs imported by `use` (only these override a builtin of the same name). */
  readonly importedSubs = new Set<string>();
  /** Subs of this source declared with a prototype. */
  readonly protos = new Set<string>();
  /** Subs with a one-scalar prototype (`$`, `_`, `;$`): named unary operators (`blessed $x && ...`). */
  readonly unarySubs = new Set<string>();
  /** Warnings raised since the last statement was finished (shared with sub-parsers of strings). */
  diagQueue: ParseDiag[] = [];

  /** For an eval string: the prototype of a sub the program has defined by now (null: none), undefined when there is no such sub. */
  private readonly lookupSub?: (fullName: string) => string | null | undefined;

  constructor(src: string, file: string, opts: { firstLine?: number; knownSubs?: Set<string>; declared?: Set<string>; pkg?: string; features?: Set<string>; lookupSub?: (fullName: string) => string | null | undefined } = {}) {
    this.lx = new Lexer(src, file, opts.firstLine ?? 1);
    this.knownSubs = opts.knownSubs ?? new Set();
    this.declared = opts.declared ?? new Set();
    this.lookupSub = opts.lookupSub;
    this.features = opts.features ?? new Set();
    if (opts.pkg) this.pkg = opts.pkg;
    // Perl only knows subs declared before use; a forward scan is close enough
    // for call-without-parens of subs defined later in the file.
    let pkg = opts.pkg ?? 'main';
    for (const m of src.matchAll(/\bpackage\s+([A-Za-z_][\w:]*)|\bsub\s+([A-Za-z_][\w:]*)\s*(\(([^)]*)\))?/g)) {
      if (m[1]) { pkg = m[1]; continue; }
      m.splice(1, 1);
      this.knownSubs.add(m[1]!);
      // Its qualified name too, so `Foo::bar 'x'` elsewhere in the file is a call.
      if (!m[1]!.includes('::') && pkg !== 'main') this.knownSubs.add(`${pkg}::${m[1]}`);
      if (m[3] === '') this.constSubs.add(m[1]!);
      if (m[3]?.startsWith('&')) this.blockSubs.add(m[1]!);
      if (m[3] !== undefined) this.protos.add(m[1]!);
      if (m[3] !== undefined && /^\s*;?\s*[$_]\s*$/.test(m[3])) this.unarySubs.add(m[1]!);
    }
  }

  /** Parse a whole file or eval string; a failure is thrown as the CompileError perl's text. */
  parseProgram(): ParseResult {
    try {
      const body = this.parseStatements(true);
      if (this.diagQueue.length) body.push(node('nop', this.lx.line, { diags: this.diagQueue.splice(0) }));
      const data = this.lx.dataPos >= 0 ? this.lx.src.slice(this.lx.dataPos) : null;
      return { body, data };
    } catch (e) {
      if (e instanceof PerlSyntaxError) {
        // Default-on warnings raised before the failure were printed before it.
        const warned = [...this.diagQueue.filter((d) => d.dflt).map((d) => d.msg), ...(e.warnings ?? [])];
        throw new CompileError([...warned, ...this.errorText(e)], e.raw, warned.length);
      }
      throw e;
    }
  }

  /** The messages perl prints for a parse failure. */
  private errorText(e: PerlSyntaxError): string[] {
    const file = this.lx.file;
    if (e.text) return e.text;
    if (e.raw) return [`${e.msg} at ${file} line ${e.line}.\n`];
    const where = e.where ?? (e.atEof ? 'at EOF' : `near "${e.near}"`);
    return [`${e.msg} at ${file} line ${e.line}, ${where}\n`];
  }

  /** A yacc "syntax error" at the current position (or with the given context text). */
  syntaxError(near?: string): PerlSyntaxError {
    if (near !== undefined) return new PerlSyntaxError('syntax error', this.lx.line, near);
    const lx = this.lx;
    const c = syntaxContext(lx.src, lx.pos, lx.file, (p) => lx.lineAt(p), (w) => this.isKnownWord(w));
    const text = [`syntax error at ${lx.file} line ${c.line}, ${c.where}\n`];
    // perl reads on to the end after a syntax error, and then reports brackets left open.
    if (c.where !== 'at EOF' && openBrackets(lx.src) > 0) {
      text.push(`Missing right curly or square bracket at ${lx.file} line ${lx.lineAt(Math.max(0, lx.src.length - 1))}, at end of line\n`);
    }
    return new PerlSyntaxError('syntax error', c.line, '', false, false, text, undefined, c.noOp ? [c.noOp] : undefined);
  }

  /**
   * op.c op_lvalue: "Can't modify X in Y" when `target` cannot be assigned;
   * reported with the context where perl's parser is when it reduces the
   * operation (the token after it).
   */
  checkModifiable(target: Node, inWhat: string): void {
    const bad = notModifiableParts(target);
    if (!bad.length) return;
    const e = this.contextError(`Can't modify ${bad[0]} in ${inWhat}`);
    throw new PerlSyntaxError(e.msg, e.line, '', false, false, bad.map((what) => e.text![0]!.replace(bad[0]!, what)));
  }

  /** The context perl's parser reports at the current position (as for an error there). */
  contextHere(): { line: number; where: string } {
    const lx = this.lx;
    const c = syntaxContext(lx.src, lx.pos, lx.file, (p) => lx.lineAt(p), (w) => this.isKnownWord(w));
    return { line: c.line, where: c.where };
  }

  /** An error perl's parser reports (yyerror) with the context at the current position. */
  contextError(msg: string): PerlSyntaxError {
    const lx = this.lx;
    const c = syntaxContext(lx.src, lx.pos, lx.file, (p) => lx.lineAt(p), (w) => this.isKnownWord(w));
    return new PerlSyntaxError(msg, c.line, '', false, false, [`${msg} at ${lx.file} line ${c.line}, ${c.where}\n`]);
  }

  /** A word perl's lexer knows: keyword, builtin or declared sub. */
  isKnownWord(w: string): boolean {
    return BUILTINS.has(w) || KEYWORDS.has(w) || this.knownSubs.has(w);
  }

  /** End of input inside a block: perl's two messages. */
  private missingBrace(): PerlSyntaxError {
    const lx = this.lx;
    const line = lx.lineAt(Math.max(0, lx.src.length - 1));
    return new PerlSyntaxError('Missing right curly or square bracket', line, '', false, false, [
      `Missing right curly or square bracket at ${lx.file} line ${line}, at end of line\n`,
      `syntax error at ${lx.file} line ${line}, at EOF\n`,
    ]);
  }

  /** A `}` with no block open. */
  private unmatchedBrace(): PerlSyntaxError {
    const e = this.syntaxError();
    return new PerlSyntaxError(e.msg, e.line, '', false, false, [`Unmatched right curly bracket at ${this.lx.file} line ${e.line}, at end of line\n`, ...e.text!], undefined, e.warnings);
  }

  expect(s: string): void {
    this.lx.skipSpace();
    if (!this.lx.eat(s)) throw this.syntaxError();
  }

  peekWord(words: string[]): string | null {
    this.lx.skipSpace();
    for (const w of words) {
      if (this.lx.startsWith(w) && !/[\w]/.test(this.lx.ch(w.length)) && !/^\s*=>/.test(this.lx.src.slice(this.lx.pos + w.length, this.lx.pos + w.length + 5))) return w;
    }
    return null;
  }

  peekComma(): boolean {
    this.lx.skipSpace();
    return this.lx.ch() === ',' || this.lx.startsWith('=>');
  }

  eatComma(): boolean {
    this.lx.skipSpace();
    if (this.lx.eat(',') || this.lx.eat('=>')) {
      while (this.peekComma() && this.lx.ch() === ',') this.lx.pos++;
      return true;
    }
    return false;
  }

  /** At a token that ends an expression: ; ) ] } : or a statement modifier / low-precedence word. */
  atExprEnd(): boolean {
    this.lx.skipSpace();
    const c = this.lx.ch();
    if (c === '' || c === ';' || c === ')' || c === ']' || c === '}' || (c === ':' && this.lx.ch(1) !== ':')) return true;
    return this.peekWord(['if', 'unless', 'while', 'until', 'for', 'foreach', 'or', 'and', 'xor']) !== null;
  }

  parseBinaryAt(level: number): Node { return parseBinary(this, level); }

  isKnownSub(name: string): boolean { return this.knownSubs.has(name); }

  /** The full name of sub `name` as written in package `pkg`. */
  private fullSubName(name: string): string {
    const n = name.replace(/^::/, 'main::');
    return n.includes('::') ? n : `${this.pkg}::${n}`;
  }

  /** Record that sub `name` (as written here) exists from this point of the compile on. */
  declareSub(name: string): void { this.declared.add(this.fullSubName(name)); }

  /**
   * Whether a sub `name` exists at this point of the compile: declared or
   * defined above, imported, or (for an eval string) defined by the program.
   */
  subDeclared(name: string): boolean {
    const full = this.fullSubName(name);
    return this.declared.has(full) || (this.lookupSub !== undefined && this.lookupSub(full) !== undefined);
  }

  /**
   * An eval string sees the subs defined when it is compiled (perl looks
   * in the symbol table): a word naming one is learnt as a declaration.
   */
  learnSub(id: string): void {
    if (!this.lookupSub || this.knownSubs.has(id)) return;
    const proto = this.lookupSub(id.includes('::') ? id.replace(/^::/, 'main::') : `${this.pkg}::${id}`);
    if (proto === undefined) return;
    this.knownSubs.add(id);
    if (proto === null) return;
    this.protos.add(id);
    if (proto === '') this.constSubs.add(id);
    if (proto.startsWith('&')) this.blockSubs.add(id);
    if (/^\s*;?\s*[$_]\s*$/.test(proto)) this.unarySubs.add(id);
  }
  isBuiltin(name: string): boolean { return BUILTINS.has(name); }

  /** Name as the compiler should see it: special and forced names go to main::. */
  qualify(name: string, _sigil: string): string {
    if (name.startsWith('::')) return 'main' + name;
    if (name.includes('::')) return name;
    if (FORCED_MAIN.has(name) || !/^[A-Za-z_]/.test(name) || /^\^/.test(name)) return 'main::' + name;
    return name;
  }

  qualifySub(name: string): string {
    if (name.startsWith('::')) return 'main' + name;
    return name;
  }

  qualifyFh(name: string): string {
    if (FORCED_MAIN.has(name)) return 'main::' + name;
    return name;
  }

  declare(_decl: string, _sigil: string, _name: string, _v: Node): void { /* resolved by the compiler */ }

  /** `{ statements }` */
  parseBlock(): Node[] {
    this.expect('{');
    const pkg = this.pkg;
    const body = this.parseStatements(false);
    this.expect('}');
    this.pkg = pkg;
    return body;
  }

  /** `${ expr }` / `@{ expr }` deref blocks (the `{` already consumed). */
  parseBlockExpr(): Node {
    const line = this.lx.line;
    const pkg = this.pkg;
    const body = this.parseStatements(false);
    this.expect('}');
    this.pkg = pkg;
    if (body.length === 1 && body[0]!.k === 'expr') return body[0]!.e!;
    return node('do_block', line, { body });
  }

  private parseStatements(top: boolean): Node[] {
    const out: Node[] = [];
    for (;;) {
      this.lx.skipSpace();
      if (this.lx.pos >= this.lx.src.length) {
        if (!top) throw this.missingBrace();
        return out;
      }
      if (this.lx.ch() === '}') {
        if (top) throw this.unmatchedBrace();
        return out;
      }
      if (/^__(END|DATA)__\b/.test(this.lx.src.slice(this.lx.pos, this.lx.pos + 8))) {
        const nl = this.lx.src.indexOf('\n', this.lx.pos);
        this.lx.dataPos = nl < 0 ? this.lx.src.length : nl + 1;
        this.lx.pos = this.lx.src.length;
        return out;
      }
      const st = this.parseStatement();
      if (st) out.push(st);
    }
  }

  /** Queue a parse-time warning of category `cat` at `line` (the compiler checks its scope). */
  diag(cat: string, msg: string, line: number, phase?: 'peep'): void {
    this.diagQueue.push({ cat, msg: `${msg} at ${this.lx.file} line ${line}.\n`, phase });
  }

  parseStatement(): Node | null {
    const st = this.parseStatementBody();
    if (st && this.diagQueue.length) { st.diags = [...(st.diags ?? []), ...this.diagQueue]; this.diagQueue.length = 0; }
    return st;
  }

  /** Anonymous subs parsed so far (a statement holding one gets the line where it ends). */
  anonSubs = 0;

  private parseStatementBody(): Node | null {
    const lx = this.lx;
    lx.skipSpace();
    const line = lx.line;
    const subs0 = this.anonSubs;
    if (lx.eat(';')) return null;
    if (lx.ch() === '{') {
      if (/^\{\s*(?:\}|(?:\w+|'[^']*'|"[^"]*"|\$\w+)\s*(?:=>|,))/.test(lx.src.slice(lx.pos, lx.pos + 100))) {
        const e = parseExpr(this);
        return this.finishSimple(e, line, subs0);
      }
      return node('block', line, { body: this.parseBlock() });
    }
    const lab = /^([A-Za-z_]\w*)\s*:(?!:)/.exec(lx.src.slice(lx.pos, lx.pos + 100));
    if (lab && !BUILTINS.has(lab[1]!) && !['default', 's', 'y', 'q', 'm'].includes(lab[1]!)) {
      lx.pos += lab[0].length;
      const st = this.parseStatement();
      if (st) st.label = lab[1];
      return st ?? node('nop', line);
    }
    const word = /^[A-Za-z_]\w*/.exec(lx.src.slice(lx.pos, lx.pos + 40))?.[0];
    switch (word) {
      case 'if': case 'unless': return this.parseIf(word, line);
      case 'while': case 'until': return this.parseWhile(word, line);
      case 'for': case 'foreach': return this.parseFor(line);
      case 'sub': {
        const save = lx.pos;
        lx.pos += 3;
        lx.skipSpace();
        const name = lx.ident();
        if (name) {
          const sub = this.parseSubBody(name, line);
          if (!sub) return null;
          return node('sub', line, { sub });
        }
        lx.pos = save;
        break;
      }
      case 'package': return this.parsePackage(line);
      case 'else': case 'elsif': throw this.syntaxError();
      case 'use': case 'no': return this.parseUse(word, line);
      case 'BEGIN': case 'END': case 'INIT': case 'CHECK': case 'UNITCHECK': {
        const save = lx.pos;
        lx.pos += word.length;
        lx.skipSpace();
        if (lx.ch() === '{') {
          const from = lx.pos;
          const body = this.parseBlock();
          if (word === 'BEGIN') for (const n of beginGlobSubs(lx.src.slice(from, lx.pos), this.pkg)) { this.knownSubs.add(n); this.declareSub(n); }
          return node('sub', line, { sub: { name: word, pkg: this.pkg, body, line, endLine: lx.lineAt(lx.pos - 1) } });
        }
        lx.pos = save;
        break;
      }
      case 'format': {
        const fmt = parseFormat(this, line);
        if (fmt) return fmt;
        break;
      }
    }
    const e = parseExpr(this);
    return this.finishSimple(e, line, subs0);
  }

  /** Statement modifiers and the terminating semicolon. */
  private finishSimple(e: Node, line: number, subs0: number): Node {
    const lx = this.lx;
    let st = node('expr', line, { e });
    const mod = this.peekWord(['if', 'unless', 'while', 'until', 'for', 'foreach']);
    if (mod) {
      lx.pos += mod.length;
      const c = parseExpr(this);
      this.checkCondition(c);
      if (mod === 'if') st = node('if', line, { conds: [{ c, body: [st] }], postfix: true });
      else if (mod === 'unless') st = node('if', line, { conds: [{ c: node('unop', line, { op: '!', e: c }), body: [st] }], postfix: true });
      else if (mod === 'while' || mod === 'until') {
        const doWhile = e.k === 'do_block';
        st = node('while', line, { c, body: [st], until: mod === 'until', postfix: doWhile });
      } else st = node('foreach', line, { e: c, body: [st], postfix: true });
    }
    lx.skipSpace();
    // perl's statement line (the COP line) is where the statement ends once an
    // anonymous sub inside it has been finished (`subtest x => sub {...};`).
    if (this.anonSubs !== subs0 && lx.line !== line) { st.copLine = lx.line; if (st !== e) (st.conds?.[0]?.body[0] ?? st.body?.[0] ?? st).copLine = lx.line; }
    if (!lx.eat(';')) {
      if (lx.ch() !== '}' && lx.pos < lx.src.length) throw this.syntaxError();
    }
    return st;
  }

  /** op.c scalarboolean: a constant assigned in a condition is probably a typo for ==. */
  checkCondition(c: Node): void {
    const e = c.k === 'list' && c.items!.length === 1 ? c.items![0]! : c;
    if (e.k === 'assign' && e.op === '=' && foldConst(e.r!) !== undefined && !(e.l!.k === 'my' && (e.l!.paren || e.l!.vars!.some((v) => v.sigil !== '$'))) && e.l!.k !== 'list') {
      this.diag('syntax', 'Found = in conditional, should be ==', this.lx.line);
    }
  }

  private parseCond(): Node {
    this.expect('(');
    const c = parseExpr(this);
    this.checkCondition(c);
    this.expect(')');
    return c;
  }

  private parseIf(word: string, line: number): Node {
    this.lx.pos += word.length;
    const conds: { c: Node; body: Node[] }[] = [];
    let c = this.parseCond();
    if (word === 'unless') c = node('unop', line, { op: '!', e: c });
    conds.push({ c, body: this.parseBlock() });
    let elseBody: Node[] | undefined;
    for (;;) {
      if (this.peekWord(['elsif'])) {
        this.lx.pos += 5;
        const c2 = this.parseCond();
        conds.push({ c: c2, body: this.parseBlock() });
      } else if (this.peekWord(['else'])) {
        this.lx.pos += 4;
        elseBody = this.parseBlock();
        break;
      } else break;
    }
    return node('if', line, { conds, elseBody });
  }

  private parseWhile(word: string, line: number): Node {
    this.lx.pos += word.length;
    this.expect('(');
    this.lx.skipSpace();
    const c = this.lx.ch() === ')' ? node('num', line, { v: 1 }) : parseExpr(this);
    this.expect(')');
    const body = this.parseBlock();
    let cont: Node[] | undefined;
    if (this.peekWord(['continue'])) { this.lx.pos += 8; cont = this.parseBlock(); }
    return node('while', line, { c, body, cont, until: word === 'until' });
  }

  private parseFor(line: number): Node {
    const lx = this.lx;
    lx.pos += lx.startsWith('foreach') ? 7 : 3;
    lx.skipSpace();
    let v: Node | undefined;
    const m = lx.match(/(my|our|state)\s+\$([A-Za-z_]\w*)/);
    if (m) v = node('my', line, { decl: m[1], vars: [node('var', line, { sigil: '$', name: m[2], decl: m[1] })] });
    else if (lx.ch() === '$') {
      const vm = lx.match(/\$([A-Za-z_][\w:]*)/)!;
      v = node('var', line, { sigil: '$', name: this.qualify(vm[1]!, '$') });
    }
    this.expect('(');
    if (!v) {
      // C-style for (init; cond; step)?
      lx.skipSpace();
      const save = lx.pos;
      const init = lx.ch() === ';' ? undefined : parseExpr(this);
      lx.skipSpace();
      if (lx.ch() === ';') {
        lx.pos++;
        lx.skipSpace();
        const c = lx.ch() === ';' ? undefined : parseExpr(this);
        this.expect(';');
        lx.skipSpace();
        const step = lx.ch() === ')' ? undefined : parseExpr(this);
        this.expect(')');
        const body = this.parseBlock();
        return node('for_c', line, { init, c, step, body });
      }
      lx.pos = save;
    }
    lx.skipSpace();
    const list = lx.ch() === ')' ? node('list', line, { items: [] }) : parseExpr(this);
    this.expect(')');
    const body = this.parseBlock();
    let cont: Node[] | undefined;
    if (this.peekWord(['continue'])) { lx.pos += 8; cont = this.parseBlock(); }
    return node('foreach', line, { l: v, e: list, body, cont });
  }

  /** After `sub` (and the name, if any): prototype/signature, attributes, body. */
  parseSubBody(name: string | null, line: number): SubDef {
    const lx = this.lx;
    lx.skipSpace();
    let proto: string | undefined;
    let sig: SigParam[] | undefined;
    if (lx.ch() === '(') {
      if (this.features.has('signatures')) sig = this.parseSignature();
      else {
        const { body } = lx.delimited();
        proto = body.replace(/\s+/g, '');
      }
    }
    lx.skipSpace();
    while (lx.ch() === ':' && lx.ch(1) !== ':') { lx.pos++; lx.skipSpace(); lx.ident(); lx.skipSpace(); if (lx.ch() === '(') lx.delimited(); lx.skipSpace(); }
    if (name && lx.ch() === ';') {
      lx.pos++;
      this.knownSubs.add(name);
      this.declareSub(name);
      return { name, pkg: this.pkg, body: [], proto, line, sig: undefined, forward: true } as SubDef;
    }
    if (name) { this.knownSubs.add(name); this.declareSub(name); }
    const bodyLine = lx.line;
    const body = this.parseBlock();
    return { name, pkg: this.pkg, body, proto, sig, line, bodyLine };
  }

  private parseSignature(): SigParam[] {
    const lx = this.lx;
    this.expect('(');
    const params: SigParam[] = [];
    for (;;) {
      lx.skipSpace();
      if (lx.eat(')')) break;
      const m = lx.match(/([$@%])\s*([A-Za-z_]\w*)?/);
      if (!m) throw this.syntaxError();
      const prm: SigParam = { sigil: m[1]!, name: m[2] ?? null };
      lx.skipSpace();
      const dm = lx.match(/(\/\/=|\|\|=|=)/);
      if (dm) {
        prm.defOp = dm[1];
        lx.skipSpace();
        prm.def = lx.ch() === ',' || lx.ch() === ')' ? node('list', lx.line, { items: [] }) : parseAssign(this);
      }
      params.push(prm);
      lx.skipSpace();
      if (!lx.eat(',')) { this.expect(')'); break; }
    }
    return params;
  }

  private parsePackage(line: number): Node {
    const lx = this.lx;
    lx.pos += 7;
    lx.skipSpace();
    const name = lx.ident();
    if (!name) throw this.syntaxError();
    lx.skipSpace();
    const version = lx.match(/v?\d[\d._]*/)?.[0];
    lx.skipSpace();
    if (lx.ch() === '{') {
      const outer = this.pkg;
      this.pkg = name;
      const body = this.parseBlock();
      this.pkg = outer;
      return node('package', line, { name, body, version });
    }
    if (lx.ch() !== '}') this.expect(';');
    this.pkg = name;
    return node('package', line, { name, version });
  }

  private parseUse(word: string, line: number): Node {
    const lx = this.lx;
    lx.pos += word.length;
    lx.skipSpace();
    const ver = lx.match(/v?\d+(?:\.\d+)*(?:_\d+)?/);
    if (ver) {
      this.expect(';');
      const vs = ver[0];
      const minor = parseVersion(vs)?.parts[1] ?? 0;
      if (word === 'use' && minor >= 36) { this.features.add('signatures'); this.features.add('say'); }
      else if (word === 'use' && minor >= 10) this.features.add('say');
      return node('use', line, { module: 'VERSION', version: vs, isNo: word === 'no' });
    }
    const mod = lx.ident();
    if (!mod) throw this.syntaxError();
    lx.skipSpace();
    const version = lx.match(/v?\d+(?:\.\d+)*(?=\s*[;)]|\s+[^,=])/)?.[0];
    lx.skipSpace();
    let imports: Node | undefined;
    let noImport = false;
    if (lx.ch() === '(' && /^\(\s*\)\s*;/.test(lx.src.slice(lx.pos, lx.pos + 20))) {
      lx.match(/\(\s*\)/);
      noImport = true;
    } else if (lx.ch() !== ';') imports = parseExpr(this);
    this.expect(';');
    if (mod === 'utf8' && word === 'use') lx.decodeUtf8();
    if (mod === 'feature' && imports) {
      for (const m of astJson(imports).matchAll(/"v":"([\w:.]+)"/g)) {
        this.features.add(m[1]!);
        if (m[1]!.startsWith(':')) { this.features.add('say'); if (/^:(all|5\.(3[6-9]|[4-9]\d))/.test(m[1]!)) this.features.add('signatures'); }
      }
    }
    if (mod === 'experimental' && imports) this.features.add('signatures');
    if (mod === 'constant' && imports) {
      const first = imports.k === 'list' ? imports.items![0] : imports;
      // Known by the qualified name too, for `Pkg::NAME` elsewhere in the file.
      const add = (n: string): void => { for (const k of [n, `${this.pkg}::${n}`]) { this.constSubs.add(k); this.knownSubs.add(k); } };
      if (first?.k === 'str') { add(String(first.v)); this.declareSub(String(first.v)); }
      if (first?.k === 'anonhash') {
        for (const m of astJson(first).matchAll(/"k":"str","line":\d+,"v":"(\w+)"/g)) add(m[1]!);
        // The keys are the constants (a value may name a class: `{ OBJ => Foo->new }`).
        const items = listWords({ k: 'list', line: 0, items: first.items?.filter((_, i) => i % 2 === 0) } as Node);
        for (const n of items) this.declareSub(n);
      }
    } else if (imports && word === 'use' && !['strict', 'warnings', 'feature', 'lib', 'parent', 'base', 'vars', 'utf8', 'integer'].includes(mod)) {
      for (const m of astJson(imports).matchAll(/"k":"str","line":\d+,"v":"&?([A-Za-z_]\w*)"/g)) { this.knownSubs.add(m[1]!); this.importedSubs.add(m[1]!); }
      for (const n of listWords(imports)) if (/^&?[A-Za-z_]\w*$/.test(n)) this.declareSub(n.replace(/^&/, ''));
    }
    if (word === 'use' && !noImport && /^[A-Z]/.test(mod)) {
      const list = imports ? [...astJson(imports).matchAll(/"k":"str","line":\d+,"v":"([^"]*)"/g)].map((m) => m[1]!) : null;
      for (const n of importedNames(mod, list)) {
        this.knownSubs.add(n);
        this.importedSubs.add(n);
        this.declareSub(n);
        // A constant (a () prototype) when the module's source says so; else upper-case
        // names are guessed constants (natives), except the wait-status macros.
        const k = exportIsConstant(mod, n);
        if (k === true || (k === null && /^[A-Z][A-Z0-9_]*$/.test(n) && !/^(?:W(?:IF|EXIT|TERM|STOP)|S_IS)/.test(n))) this.constSubs.add(n);
        // A replacement for a builtin that takes no arguments (Time::HiRes::time) keeps its ().
        if (BUILTINS.get(n)?.shape === '0') this.constSubs.add(n);
      }
    }
    if (word === 'use' && imports && /^[A-Z]/.test(mod) && importsUnresolved(mod, astJson(imports))) this.opaqueImports = true;
    return node('use', line, { module: mod, version, imports, noImport, isNo: word === 'no' });
  }

  /**
   * A `use` imported names the parser cannot list (a tag whose list the
   * module computes): upper-case barewords may be its subs from then on.
   */
  opaqueImports = false;

  /** Parse `src` (an s///e replacement) as a block of statements. */
  subParse(src: string, line: number): { block: Node } {
    const sub = new Parser(src, this.lx.file, { firstLine: line, knownSubs: this.knownSubs, declared: this.declared, pkg: this.pkg, features: this.features, lookupSub: this.lookupSub });
    sub.diagQueue = this.diagQueue;
    sub.lx.utf8 = this.lx.utf8;
    const body = sub.parseStatements(true);
    return { block: node('do_block', line, { body }) };
  }

  /** A parser for `src` (text of this file from `line` on) that knows this one's subs, package and features. */
  child(src: string, line: number): Parser {
    const sub = new Parser(src, this.lx.file, { firstLine: line, knownSubs: this.knownSubs, declared: this.declared, pkg: this.pkg, features: this.features, lookupSub: this.lookupSub });
    sub.diagQueue = this.diagQueue;
    sub.lx.utf8 = this.lx.utf8;
    return sub;
  }

  /**
   * Parse the variable expression that starts at `body[i]` inside an
   * interpolating string; returns it and where it ends.
   */
  interpVar(body: string, i: number, line: number, re: boolean): { expr: Node; end: number } {
    const sub = new Parser(body, this.lx.file, { firstLine: line, knownSubs: this.knownSubs, declared: this.declared, pkg: this.pkg, features: this.features, lookupSub: this.lookupSub });
    sub.diagQueue = this.diagQueue;
    sub.lx.utf8 = this.lx.utf8;
    sub.interpMode = re ? 'regex' : 'string';
    sub.lx.pos = i;
    const expr = parsePrimary(sub);
    return { expr, end: sub.lx.pos };
  }

  /** Inside a string: subscripts must follow without spaces and `->` only before [ or {. */
  interpMode: 'string' | 'regex' | null = null;
}

export { parseExpr };

/** An AST as JSON text (bigint literals as their decimal text). */
function astJson(n: Node): string {
  return JSON.stringify(n, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
