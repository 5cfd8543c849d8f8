/**
 * Line-editor conformance: each case in test/conformance/shell-interactive/
 * cases/*.json is typed, chunk by chunk, into `bash --norc --noprofile -i`
 * on a machine terminal; what the terminal received is played into an
 * xterm emulator (@xterm/headless), and the screen (every row, scrollback
 * included) and the cursor must be what real bash 5.2 left on the same
 * emulator (cases/*.expected, made by record.py in a pseudo-terminal).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerArea } from '../../system/boot.ts';
import { runInteractive, screenOf, type Case } from './term-testing.ts';
import { programs } from '../index.ts';

registerArea(programs);

const dir = join(import.meta.dirname, '..', '..', '..', 'test', 'conformance', 'shell-interactive', 'cases');
const names = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

describe('line editor conformance (screen after typing, against bash 5.2)', () => {
  for (const name of names) {
    const exp = join(dir, name + '.expected');
    if (!existsSync(exp)) continue;
    it(name, async () => {
      const c = JSON.parse(readFileSync(join(dir, name + '.json'), 'utf8')) as Case;
      const want = JSON.parse(readFileSync(exp, 'utf8')) as { screen: string; history: string | null };
      const got = runInteractive(c);
      const rows = c.rows ?? 24, cols = c.cols ?? 80;
      expect(await screenOf(got.screen, rows, cols)).toBe(await screenOf(want.screen, rows, cols));
      if (want.history !== null) expect(got.history).toBe(want.history);
    });
  }
});
