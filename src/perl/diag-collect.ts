/**
 * Compile-time warnings of one unit: kept in the order perl raises them,
 * filtered by the lexical warnings state of the statement they belong to,
 * and the "used only once" check over package variables of the main program
 * (perl's gv_check, run when the main program has been compiled).
 */
import { warnOn, warnOnDefault, type ParseDiag, type WarnState } from './warn-compile-registry.ts';
import { moduleMentions } from './exports.ts';

/** Names perl creates with the "multi" flag (magic, exported or conventional): never "used only once". */
const ONCE_EXEMPT = new Set(['ISA', 'EXPORT', 'EXPORT_OK', 'EXPORT_FAIL', 'EXPORT_TAGS', 'VERSION', 'AUTOLOAD', 'DESTROY',
  'ARGV', 'ARGVOUT', 'ENV', 'INC', 'SIG', 'STDIN', 'STDOUT', 'STDERR', 'DATA', 'a', 'b', '_', 'BEGIN', 'END', 'INIT', 'CHECK', 'UNITCHECK', 'CORE', 'IMPORT']);

interface GlobalUse { count: number; line: number; on: boolean }

/**
 * When perl raises a compile-time warning: while parsing (and at the end of
 * each sub), when the main program's statements are put in void context
 * after parsing, in the peephole pass after that, or in gv_check last.
 */
export type DiagPhase = 'parse' | 'void' | 'peep';

export class CompileDiags {
  private readonly byPhase: Record<DiagPhase, string[]> = { parse: [], void: [], peep: [] };
  private readonly once: string[] = [];
  private readonly globals = new Map<string, GlobalUse>();
  /** Syntax nodes already counted (a node may be compiled twice, for two contexts). */
  private readonly seen = new WeakSet<object>();

  constructor(readonly file: string) {}

  /** Format a message perl-style: "MSG at FILE line N.\n". */
  at(msg: string, line: number): string { return `${msg} at ${this.file} line ${line}.\n`; }

  /** Every warning, in the order perl prints them. */
  get warnings(): string[] { return [...this.byPhase.parse, ...this.byPhase.void, ...this.byPhase.peep, ...this.once]; }

  /** A position to come back to (a construct compiled twice must warn once). */
  mark(): number[] { return [this.byPhase.parse.length, this.byPhase.void.length, this.byPhase.peep.length]; }
  reset(m: number[]): void { this.byPhase.parse.length = m[0]!; this.byPhase.void.length = m[1]!; this.byPhase.peep.length = m[2]!; }

  /** Raise `msg` (already formatted) when `cat` is on in `st`; `dflt`: a default-on warning. */
  warn(st: WarnState, cat: string, msg: string, dflt = false, phase: DiagPhase = 'parse'): boolean {
    if (!(dflt ? warnOnDefault : warnOn)(st, cat)) return false;
    this.byPhase[phase].push(msg);
    return true;
  }

  /** A continuation line of the last warning of `phase`. */
  more(msg: string, phase: DiagPhase): void { this.byPhase[phase].push(msg); }

  /** Warnings the parser attached to a statement; `inSub`: perl raised the later phases at the sub's end. */
  parsed(st: WarnState, diags: ParseDiag[] | undefined, inSub: boolean): void {
    for (const d of diags ?? []) this.warn(st, d.cat, d.msg, d.dflt, inSub ? 'parse' : d.phase ?? 'parse');
  }

  /** The mention `at` (a syntax node) of the package variable, glob or filehandle `full` ("pkg::name"). */
  noteGlobal(at: object, full: string, line: number, st: WarnState): void {
    if (this.seen.has(at)) return;
    this.seen.add(at);
    const g = this.globals.get(full);
    if (g) { g.count++; return; }
    this.globals.set(full, { count: 1, line, on: warnOn(st, 'once') });
  }

  /** A name declared (`our`, `use vars`, an import): never reported. */
  declareGlobal(full: string): void {
    const g = this.globals.get(full);
    if (g) g.count += 2;
    else this.globals.set(full, { count: 2, line: 0, on: false });
  }

  /** perl's gv_check: names mentioned once, in line order. */
  usedOnce(): void {
    const once = [...this.globals].filter(([name, g]) => g.count === 1 && g.on && !exempt(name) && !usedByModule(name)).sort((a, b) => a[1].line - b[1].line);
    for (const [name, g] of once) this.once.push(`Name "${name}" used only once: possible typo at ${this.file} line ${g.line}.\n`);
  }
}

function exempt(full: string): boolean {
  const i = full.lastIndexOf('::');
  const short = full.slice(i + 2);
  return !/^[A-Za-z_]/.test(short) || ONCE_EXEMPT.has(short) || short.startsWith('^');
}

/** A variable of a module's package that the module's own source names (perl counts the module's mentions too). */
function usedByModule(full: string): boolean {
  const i = full.lastIndexOf('::');
  const name = full.slice(i + 2);
  // The package's own module, or a module that holds it (JSON::PP::Boolean in JSON/PP.pm).
  for (let pkg = full.slice(0, i); pkg !== 'main' && pkg !== ''; pkg = pkg.includes('::') ? pkg.slice(0, pkg.lastIndexOf('::')) : '') {
    if (moduleMentions(pkg, name)) return true;
  }
  return false;
}
