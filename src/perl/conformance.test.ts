/**
 * Conformance: every t/*.pl runs through the engine (on the fake kernel)
 * and must print exactly what /usr/bin/perl printed (t/expected/, recorded
 * by t/record.sh): stdout, stderr and exit status.
 */
import { describe, expect, test, afterAll } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runPerl } from './testing/run-perl.ts';

const dir = join(import.meta.dirname, 't');
const names = readdirSync(dir).filter((f) => f.endsWith('.pl') && existsSync(join(dir, 'expected', f.replace(/\.pl$/, '.status')))).map((f) => f.replace(/\.pl$/, '')).sort();
let passed = 0;

describe('perl conformance', () => {
  test.each(names)('%s', (name) => {
    const src = readFileSync(join(dir, `${name}.pl`), 'latin1');
    const inFile = join(dir, `${name}.in`);
    const stdin = existsSync(inFile) ? readFileSync(inFile, 'latin1') : '';
    const r = runPerl([`${name}.pl`], { files: { [`${name}.pl`]: src }, stdin });
    const exp = {
      stdout: readFileSync(join(dir, 'expected', `${name}.out`), 'latin1'),
      stderr: readFileSync(join(dir, 'expected', `${name}.err`), 'latin1'),
      status: Number(readFileSync(join(dir, 'expected', `${name}.status`), 'utf8').trim()),
    };
    expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual(exp);
    passed++;
  });
  afterAll(() => {
    console.log(`perl conformance: ${passed}/${names.length} scripts pass`);
  });
});
