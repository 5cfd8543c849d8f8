import { describe, expect, it } from 'vitest';
import { renderScalar, setOutputs } from './yaml-edit.ts';

const FILE = `# a comment that must stay
title: T
description: >
  Folded text that
  must stay folded.
steps:
  - command: "echo one"
    narration: "A long narration line that is longer than eighty characters and must stay on one line."
    output: "old"
  - command: "printf 'a\\\\nb\\\\n'"
    output: |-
      x
      y
  - command: "true"
`;

describe('setOutputs', () => {
  it('replaces only the output scalars, adding one where a step has none', () => {
    const out = setOutputs(FILE, new Map([[0, 'one'], [1, 'a\n\nb'], [2, '']]));
    expect(out).toBe(FILE
      .replace('output: "old"', 'output: "one"')
      .replace('|-\n      x\n      y\n', '|-\n      a\n\n      b\n')
      .replace('- command: "true"\n', '- command: "true"\n    output: ""\n'));
  });

  it('quotes text a block scalar cannot carry', () => {
    expect(renderScalar(' lead', 4)).toBe('" lead"');
    expect(renderScalar('  2 apple\n  1 fig', 4)).toBe('|2-\n      2 apple\n      1 fig');
    expect(renderScalar('trail \nx', 4)).toBe('"trail \\nx"');
    expect(renderScalar('a\nb', 4)).toBe('|-\n    a\n    b');
  });
});
