/**
 * runLine hands back the guest's bytes as written as well as decoded text:
 * `terrarium run` writes those bytes, so a byte that is not UTF-8 reaches
 * the host's terminal or pipe unchanged (as `printf '\xff' | od -c` shows
 * on Linux: 377).
 */
import { expect, test } from 'vitest';
import { runLine } from './testing.ts';

test('raw bytes survive on a pipe and on a terminal', () => {
  const piped = runLine("printf '\\xff\\n'; perl -e 'print qq(caf\\x{e9}\\n)'; echo err >&2", { tty: false });
  expect([...piped.raw.output]).toEqual([0xff, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
  expect(new TextDecoder().decode(piped.raw.stderr)).toBe('err\n');
  const tty = runLine("printf '\\xff\\n'");
  expect([...tty.raw.output]).toEqual([0xff, 0x0d, 0x0a]);
});
