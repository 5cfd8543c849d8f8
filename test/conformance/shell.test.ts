/**
 * Shell conformance: every case in test/conformance/shell/cases/*.sh runs as
 * `bash -c 'trap : EXIT; <case>'` on the machine's terminal and must print
 * exactly what real bash 5.2 printed (cases/*.expected, made by record.sh).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerArea } from '../../src/system/boot.ts';
import { runLine } from '../../src/system/testing.ts';
import { programs } from '../../src/shell/index.ts';

registerArea(programs);

const dir = join(import.meta.dirname, 'shell', 'cases');
const names = readdirSync(dir).filter((f) => f.endsWith('.sh')).map((f) => f.slice(0, -3)).sort();

/** Run one case on a fresh machine; output in the recorder's format. */
export function runCase(name: string): string {
  const src = readFileSync(join(dir, name + '.sh'), 'utf8');
  const r = runLine('trap : EXIT; ' + src, { maxRealMs: 5000 });
  return `${r.output}\n[status ${r.status}]\n`;
}

describe('bash conformance', () => {
  for (const name of names) {
    const exp = join(dir, name + '.expected');
    if (!existsSync(exp)) continue;
    it(name, () => {
      expect(runCase(name)).toBe(readFileSync(exp, 'utf8'));
    });
  }
});
