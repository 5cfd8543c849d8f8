/**
 * Every scenario in scenarios/ must verify: each step's real output on the
 * machine matches the output recorded from the real tools. Scenarios listed
 * in PENDING are known not to match yet (with the reason); they are run as
 * expected failures, so one that starts passing fails here until it is
 * taken off the list.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarios, runScenario, failed } from '../src/scenario/verify.ts';
import { unifiedDiff } from '../src/scenario/normalize.ts';

const DIR = join(import.meta.dirname, '..', 'scenarios');

const PENDING: Record<string, string> = {};

describe('scenarios', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const test = PENDING[file] ? it.fails : it;
    test(`${file}${PENDING[file] ? ` (pending: ${PENDING[file]})` : ''}`, () => {
      const path = join(DIR, file);
      for (const s of loadScenarios(path, readFileSync(path, 'utf8'))) {
        const report = runScenario(s);
        const bad = report.steps.filter(failed);
        const msg = bad.map((st) => `step ${st.step} (${st.status}): $ ${st.command}\n${unifiedDiff(st.expected ?? '', st.actual)}`).join('\n');
        expect(msg).toBe('');
      }
    });
  }
});
