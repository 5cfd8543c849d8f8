/**
 * The syntax tree the parser builds and the compiler walks. One broad node
 * shape keyed by `k`; each kind uses the fields listed beside it.
 */
import type { ParseDiag } from './warn-compile-registry.ts';

export type Kind =
  // terms
  | 'num' | 'str' | 'interp' | 'var' | 'my' | 'elem' | 'helem' | 'slice' | 'hslice' | 'kvhslice'
  | 'deref' | 'call' | 'dyncall' | 'method' | 'func' | 'binop' | 'logop' | 'assign' | 'unop'
  | 'preinc' | 'predec' | 'postinc' | 'postdec' | 'cond' | 'list' | 'anonarray' | 'anonhash'
  | 'anonsub' | 'refgen' | 'match' | 'subst' | 'trans' | 'range' | 'filetest' | 'readline'
  | 'qr' | 'stringify' | 'wantarray' | 'lastidx' | 'local' | 'do_block' | 'do_file' | 'eval_block'
  | 'sort' | 'mapgrep' | 'print' | 'glob' | 'sprintf_list' | 'fh' | 'backtick' | 'smartmatch_unsupported'
  // statements
  | 'expr' | 'if' | 'while' | 'for_c' | 'foreach' | 'block' | 'sub' | 'package' | 'use' | 'return'
  | 'loopctl' | 'nop' | 'format';

export interface Node {
  k: Kind;
  line: number;
  /** Literal value; 'str' holds the string, 'num' the number. */
  v?: string | number | bigint;
  name?: string;
  sigil?: string;
  op?: string;
  l?: Node;
  r?: Node;
  e?: Node;
  c?: Node;
  items?: Node[];
  args?: Node[];
  body?: Node[];
  cont?: Node[];
  elseBody?: Node[];
  conds?: { c: Node; body: Node[] }[];
  label?: string;
  decl?: string;
  paren?: boolean;
  amp?: boolean;
  neg?: boolean;
  until?: boolean;
  postfix?: boolean;
  init?: Node;
  step?: Node;
  vars?: Node[];
  sub?: SubDef;
  fh?: Node;
  block?: Node[];
  re?: RegexLit;
  repl?: Node;
  flags?: string;
  from?: string;
  to?: string;
  pkg?: string;
  module?: string;
  version?: string;
  imports?: Node;
  noImport?: boolean;
  isNo?: boolean;
  dynMethod?: Node;
  maybeClass?: boolean;
  /** A call of a constant sub (a () prototype): perl folds it into its value. */
  constSub?: boolean;
  /** A 'cond' made for a package-qualified word: a call when the sub exists, else its `r` (the word). */
  qualifiedWord?: boolean;
  /** A statement's run-time line when it differs from where it starts (perl's COP line). */
  copLine?: number;
  arrow?: boolean;
  /** A paren call: where perl's parser stands at its closing paren (for prototype errors). */
  near?: { line: number; where: string };
  /** Warnings found while parsing this statement (checked by the compiler against its scope). */
  diags?: ParseDiag[];
}

/** A regex literal: its pattern as interpolation parts, flags. */
export interface RegexLit { parts: Node[]; flags: string; delim: string; literal: string | null }

/** A named or anonymous sub definition. */
export interface SubDef {
  name: string | null;
  pkg: string;
  body: Node[];
  proto?: string;
  sig?: SigParam[];
  line: number;
  /** Line of the body's opening brace (where perl reports a redefinition). */
  bodyLine?: number;
  /** Line of the closing brace (where "BEGIN failed" is reported). */
  endLine?: number;
  /** Index in the compiled unit, filled by the compiler. */
  index?: number;
}

export interface SigParam { sigil: string; name: string | null; def?: Node; defOp?: string }

export const node = (k: Kind, line: number, fields: Partial<Node> = {}): Node => ({ k, line, ...fields });
