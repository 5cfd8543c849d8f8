/**
 * A failed compilation: the complete text perl prints (or puts in $@), one
 * message per entry, each newline-terminated, in the order perl emits them
 * (warnings raised before the failure first). `fatal` marks perl's croaks
 * (an unterminated string, a bad literal pattern, `local` on a lexical...),
 * after which perl prints no "Execution of FILE aborted due to compilation
 * errors." line; queued errors (syntax errors and the like) get it.
 */
export class CompileError {
  /**
   * `messages` holds everything in order; its first `nWarnings` entries are
   * warnings (perl prints those on stderr even when an eval string fails,
   * where only the rest goes to $@).
   */
  constructor(readonly messages: string[], readonly fatal = false, readonly nWarnings = 0) {}

  /** The warnings raised before the failure. */
  get warnings(): string[] { return this.messages.slice(0, this.nWarnings); }

  /** The error text proper (what an eval string puts in $@). */
  get errorText(): string { return this.messages.slice(this.nWarnings).join(''); }
}
