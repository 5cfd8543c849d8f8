/**
 * Typing a command into a terminal the way a person would: one character at a time at
 * a steady pace (a little slower after spaces and punctuation), or all at once when the
 * reader prefers reduced motion. Newlines become Enter (CR), as a keyboard sends them.
 */

export interface TypingOptions {
  /** Send everything in one go. */
  instant: boolean;
  /** Characters per second at speed 1 is about 30; `speed` multiplies it. */
  speed?: number;
  /** Stop early (the machine was reset). */
  cancelled?: () => boolean;
}

const BASE_MS = 33;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Delay before character `ch` (deterministic: the same command always types alike). */
export function keyDelayMs(ch: string, speed = 1): number {
  const pause = ch === ' ' ? 2 : /[|;&>]/.test(ch) ? 3 : 1;
  return (BASE_MS * pause) / Math.max(0.1, speed);
}

/** Type `text` through `send`; resolves once every keystroke was sent. */
export async function typeText(send: (s: string) => Promise<void>, text: string, opts: TypingOptions): Promise<void> {
  const keys = text.replace(/\r?\n/g, '\r');
  if (opts.instant) {
    if (keys) await send(keys);
    return;
  }
  for (const ch of keys) {
    if (opts.cancelled?.()) return;
    await sleep(keyDelayMs(ch, opts.speed));
    await send(ch);
  }
}

/** True when the reader asked the system for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
