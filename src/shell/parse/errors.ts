/** Parse failures: either more input could complete the text, or it never can. */

export class ParseError {
  constructor(
    /** bash's message without the "bash: -c: line N: " prefix. */
    readonly message: string,
    /** 1-based line where bash reports the error. */
    readonly line: number,
    /** true when more lines could still make the text valid (interactive PS2). */
    readonly incomplete: boolean,
    /** the source line bash quotes after a "near unexpected token" error, if any. */
    readonly quote: string | null = null,
  ) {}
}

export const isParseError = (e: unknown): e is ParseError => e instanceof ParseError;
