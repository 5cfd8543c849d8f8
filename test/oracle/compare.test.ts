import { describe, expect, it } from 'vitest';
import { compareOutcomes, lineDiff } from './compare.ts';

describe('compareOutcomes', () => {
  it('accepts identical outcomes', () => {
    expect(compareOutcomes({ stdout: 'a\n', stderr: '', status: 0 }, { stdout: 'a\n', stderr: '', status: 0 })).toEqual({ ok: true, report: '' });
  });
  it('reports each differing stream and the status', () => {
    const r = compareOutcomes({ stdout: 'a\nb\n', stderr: 'e\n', status: 1 }, { stdout: 'a\nc\n', stderr: 'e\n', status: 2 });
    expect(r.ok).toBe(false);
    expect(r.report).toBe(
      ['--- stdout: expected (-) vs ours (+)', '  a', '- b', '+ c', '--- status: expected 1, ours 2'].join('\n'),
    );
  });
  it('refuses to compare a terminal capture with pipes', () => {
    expect(compareOutcomes({ terminal: '', status: 0 }, { stdout: '', stderr: '', status: 0 }).ok).toBe(false);
  });
});

describe('lineDiff', () => {
  it('shows a missing final newline and stray control characters', () => {
    expect(lineDiff('x\n', 'x')).toBe('- x\n+ x  [no newline at end]');
    expect(lineDiff('x\n', 'x\r\n')).toBe('- x\n+ x\\r');
    expect(lineDiff('a\x1b[0m\n', '')).toBe('- a\\x1b[0m');
  });
  it('elides long common runs to three lines of context', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n') + '\n';
    const b = a.replace('l10\n', 'L10\n');
    expect(lineDiff(a, b)).toBe(
      ['  … 7 identical lines', '  l7', '  l8', '  l9', '- l10', '+ L10', '  l11', '  l12', '  l13', '  … 6 identical lines'].join('\n'),
    );
  });
});
