/**
 * The shell's syntax tree: plain, immutable data (no classes, no closures), so
 * it can sit inside a process image and be copied by fork.
 */

/** One piece of a word, keeping its quoting so expansion knows what to split and glob. */
export type WordPart =
  | { t: 'lit'; v: string } // unquoted text (glob and brace characters active)
  | { t: 'sq'; v: string } // '...' or $'...' (already decoded): literal, quoted
  | { t: 'esc'; v: string } // a backslash-escaped character outside quotes: literal, quoted
  | { t: 'dq'; parts: WordPart[] } // "..."
  | { t: 'tilde'; user: string } // ~ or ~user at the start of a word / assignment value
  | { t: 'param'; p: ParamExp }
  | { t: 'cmd'; body: List; src: string; bq?: boolean } // $(...) or `...` (bq)
  | { t: 'arith'; expr: Word } // $((...))
  | { t: 'procsub'; dir: '<' | '>'; body: List }; // <(...) >(...)

export interface Word {
  parts: WordPart[];
}

/** ${...} and $name. `op` is absent for a plain reference. */
export interface ParamExp {
  name: string; // variable name, digit(s), or one of @*#?-$!0
  index?: Word; // a[index]; '@' and '*' subscripts are stored as lit words
  length?: boolean; // ${#x}
  indirect?: boolean; // ${!x}
  prefixList?: '*' | '@'; // ${!pre*} ${!pre@}
  op?: ParamOp;
}

export type ParamOp =
  | { k: 'default'; colon: boolean; kind: '-' | '=' | '?' | '+'; arg: Word }
  | { k: 'trim'; side: '#' | '%'; longest: boolean; pat: Word }
  | { k: 'subst'; all: boolean; anchor: '' | '#' | '%'; pat: Word; rep: Word | null }
  | { k: 'slice'; offset: Word; length: Word | null }
  | { k: 'case'; upper: boolean; all: boolean; pat: Word | null }
  | { k: 'transform'; op: string }; // @Q @E @P @A @a @U @u @L @K

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redir {
  fd: number | null; // explicit fd number before the operator
  fdVar?: string; // {var}>file
  op: RedirOp;
  target: Word; // file name, fd word, here-string, or here-doc delimiter
  /** Here-document: the body to expand, whether the delimiter was quoted, the body's text (for printing). */
  heredoc?: { body: Word; quoted: boolean; text?: string; delim?: string };
}

export interface Assign {
  name: string;
  index?: Word;
  append: boolean;
  value: Word | null; // null for x=()
  array?: ArrayElem[]; // x=(a b [k]=v)
}

export interface ArrayElem {
  key?: Word;
  value: Word;
}

export interface SimpleCommand {
  t: 'simple';
  line: number;
  assigns: Assign[];
  words: Word[];
  redirs: Redir[];
}

export interface Pipeline {
  t: 'pipeline';
  line: number;
  bang: boolean;
  time: boolean;
  cmds: Command[];
  /** pipeStderr[i]: stage i was joined to the next by |& */
  pipeStderr: boolean[];
}

export interface AndOr {
  t: 'andor';
  first: Command;
  rest: { op: '&&' | '||'; cmd: Command }[];
}

export interface ListItem {
  cmd: Command;
  async: boolean;
}

export interface List {
  t: 'list';
  items: ListItem[];
}

export interface CaseItem {
  patterns: Word[];
  body: List;
  term: ';;' | ';&' | ';;&';
}

export type CondExpr =
  | { k: 'unary'; op: string; arg: Word }
  | { k: 'binary'; op: string; left: Word; right: Word }
  | { k: 'word'; w: Word }
  | { k: 'not'; e: CondExpr }
  | { k: 'and'; l: CondExpr; r: CondExpr }
  | { k: 'or'; l: CondExpr; r: CondExpr };

export type Compound =
  | { t: 'subshell'; body: List }
  | { t: 'group'; body: List }
  | { t: 'if'; clauses: { cond: List; body: List }[]; else: List | null }
  | { t: 'while'; until: boolean; cond: List; body: List }
  | { t: 'for'; name: string; words: Word[] | null; body: List }
  | { t: 'arithfor'; init: Word; cond: Word; step: Word; body: List }
  | { t: 'select'; name: string; words: Word[] | null; body: List }
  | { t: 'case'; word: Word; items: CaseItem[] }
  | { t: 'cond'; expr: CondExpr }
  | { t: 'arith'; expr: Word };

export type CompoundCommand = Compound & { line: number; redirs: Redir[] };

export interface FuncDef {
  t: 'func';
  line: number;
  name: string;
  body: CompoundCommand;
  src: string;
}

export type Command = SimpleCommand | Pipeline | AndOr | List | CompoundCommand | FuncDef;

export const lit = (v: string): WordPart => ({ t: 'lit', v });
export const word = (...parts: WordPart[]): Word => ({ parts });
