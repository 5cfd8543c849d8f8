/**
 * verify on a Markdown page: a block that does not parse is reported with
 * its file, block and line while the other blocks still run.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, verifyFile } from './verify.ts';

const PAGE = [
  '# A page',
  '',
  '```terminal',
  'title: Broken',
  'steps:',
  '  - command: "echo hi"',
  '    output: |',
  '        hi',
  '      there',
  '```',
  '',
  '```terminal',
  'title: Fine',
  'steps:',
  '  - command: "echo hi"',
  '    output: "hi"',
  '```',
  '',
].join('\n');

describe('verify', () => {
  it('reports a malformed block by file, block and line and runs the others', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'verify-')), 'page.md');
    writeFileSync(file, PAGE);
    const reports = verifyFile(file);
    expect(reports.map((r) => [r.title, r.block, r.line, r.error, r.steps.map((s) => s.status)])).toEqual([
      ['Broken', 1, 8, `${file}:8: invalid YAML in terminal block 1: the first line of the block scalar \`output: |\` is indented 8 spaces, ` +
        'more than the 6 of line 9; YAML takes a block scalar\'s indentation from its first line, so the lines after it end the block ' +
        '(indent them all alike)', []],
      ['Fine', 2, 13, undefined, ['pass']],
    ]);
    expect(formatReport(reports).split('\n').slice(-2)).toEqual(['1 steps: 1 passed, 1 failed', '']);
  });

  it('honours expect: contains and expect: strict per step', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'verify-')), 's.yaml');
    writeFileSync(file, [
      'title: Options',
      'steps:',
      '  - command: "echo one two three"',
      '    output: "two"',
      '    expect: { contains: true }',
      '  - command: "echo pid $$"',
      '    output: "pid 12345"',
      '    expect: { strict: true }',
      '  - command: "echo pid $$"',
      '    output: "pid 12345"',
      '',
    ].join('\n'));
    expect(verifyFile(file)[0]!.steps.map((s) => s.status)).toEqual(['pass', 'fail', 'pass']);
  });
});
