import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, loadCorpus, parseDirectives, portFor } from './cases.ts';

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'oracle-cases-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadCorpus', () => {
  it('turns scripts and yaml into command lines with files', () => {
    const dir = corpus({
      'a.sh': '# oracle: tty timeout=3\necho a\n',
      'a.stdin': 'in\n',
      'b.pl': 'print 1;\n',
      'c.yaml': 'cmd: |\n  cat x\nfiles:\n  x: "hi\\n"\nstdin: s\nnet: true\nenv:\n  A: 1\nmask:\n  - { pattern: "\\\\d+", replace: N }\n',
      'c.expected.json': '{}',
      'notes.txt': 'ignored',
    });
    const [a, b, c] = loadCorpus(dir);
    expect(a).toMatchObject({ name: 'a', kind: 'sh', cmd: 'bash a.sh', files: { 'a.sh': '# oracle: tty timeout=3\necho a\n' }, stdin: 'in\n', tty: true, timeoutMs: 3000, env: {} });
    expect(b).toMatchObject({ name: 'b', cmd: 'perl b.pl', tty: false, stdin: '' });
    expect(c).toMatchObject({ cmd: 'cat x', files: { x: 'hi\n' }, stdin: 's', tty: false, masks: [{ pattern: '\\d+', replace: 'N' }] });
    expect(c!.env).toEqual({ A: '1', PORT: String(portFor(c!.id)) });
    expect(c!.expectedPath).toBe(join(dir, 'c.expected.json'));
  });

  it('rejects unknown keys, a missing cmd and two cases of one name', () => {
    expect(() => loadCase(join(corpus({ 'x.yaml': 'cmd: a\ntyy: true\n' }), 'x.yaml'))).toThrow(/unknown key "tyy"/);
    expect(() => loadCase(join(corpus({ 'x.yaml': 'files: {}\n' }), 'x.yaml'))).toThrow(/"cmd" must be/);
    expect(() => loadCorpus(corpus({ 'x.sh': '', 'x.pl': '' }))).toThrow(/two cases named x/);
    expect(() => loadCase(join(corpus({ 'x.yaml': 'cmd: a\nfiles: { /etc/x: y }\n' }), 'x.yaml'))).toThrow(/inside the home directory/);
  });
});

describe('parseDirectives', () => {
  it('reads the oracle comment and refuses unknown words', () => {
    expect(parseDirectives('#!/bin/bash\n# oracle: net tty=false\n', 'f')).toEqual({ tty: false, net: true, timeoutMs: 10000 });
    expect(() => parseDirectives('# oracle: ttx\n', 'f')).toThrow(/unknown oracle directive "ttx"/);
  });
});

describe('portFor', () => {
  it('is stable and below the ephemeral range', () => {
    expect(portFor('network/echo')).toBe(portFor('network/echo'));
    for (const id of ['a', 'b/c', 'network/tcp-echo', 'x'.repeat(100)]) {
      expect(portFor(id)).toBeGreaterThanOrEqual(10000);
      expect(portFor(id)).toBeLessThan(20000);
    }
  });
});
