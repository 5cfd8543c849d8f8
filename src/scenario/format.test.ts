import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario, ScenarioError } from './format.ts';
import { findFences } from './markdown.ts';

const GUIDE = '../shared/guide/networking-daemons.md';

describe('scenario format', () => {
  it('finds the guide\'s two terminal fences and parses their steps (test data from the guide)', () => {
    const fences = findFences(readFileSync(GUIDE, 'utf8'), 'terminal');
    const scenarios = fences.map((f) => parseScenario(f.body, GUIDE, f.line, f.index));
    expect(scenarios.map((s) => [s.title, s.steps.length])).toEqual([
      ['TCP Echo Server and Client', 3],
      ['Daemonizing a Process', 3],
    ]);
    expect(scenarios[0]!.steps[0]!.output).toBe('Listening on 9900');
    expect(scenarios[1]!.steps[1]!.output).toBe('Locked PID file with PID 54321');
  });

  it('names the file, block and line of a malformed block, and says when a block scalar\'s first line is over-indented', () => {
    // The shape of the guide's broken blocks: "output: |" whose first line is indented deeper than the next.
    const yaml = 'title: t\nsteps:\n  - command: ls\n    output: |\n        first\n      second\n';
    expect(() => parseScenario(yaml, 'page.md', 10, 2)).toThrow(new ScenarioError('page.md', 14,
      'invalid YAML in terminal block 2: the first line of the block scalar `output: |` is indented 8 spaces, more than the 6 of ' +
      'line 15; YAML takes a block scalar\'s indentation from its first line, so the lines after it end the block (indent them all alike)'));
    expect(() => parseScenario(yaml, 'page.md', 10, 2)).toThrow(/^page\.md:14: /);
  });

  it('reports other YAML errors with the parser\'s own words at the line it stopped', () => {
    expect(() => parseScenario('title: t\nsteps:\n  - command: "ls\n', 'page.md', 20, 1))
      .toThrow(new ScenarioError('page.md', 22, 'invalid YAML in terminal block 1: Missing closing "quote'));
    // A line indented less than the block's first line is not the over-indentation mistake.
    expect(() => parseScenario('title: t\nsteps:\n  - command: ls\n    output: |\n      first\n    second\n', 'a.yaml'))
      .toThrow(new ScenarioError('a.yaml', 6, 'invalid YAML: Implicit map keys need to be followed by map values'));
  });

  it('rejects unknown keys and a missing command with the line of the step', () => {
    expect(() => parseScenario('title: t\nsteps:\n  - comand: ls\n', 'a.yaml')).toThrow('a.yaml:3: step 1: unknown key "comand"');
    expect(() => parseScenario('title: t\nsteps:\n  - output: x\n', 'a.yaml')).toThrow('a.yaml:3: step 1: missing "command"');
  });

  it('accepts an inspector view and rejects a bad one with the file and line of the step', () => {
    const ok = parseScenario('title: t\nsteps:\n  - command: ps\n    inspect: sequence port=9900\n', 'a.yaml');
    expect(ok.steps[0]!.inspect).toBe('sequence port=9900');
    expect(() => parseScenario('title: t\nsteps:\n  - command: ls\n  - command: ps\n    inspect: procs\n', 'b.yaml'))
      .toThrow(new ScenarioError('b.yaml', 4, "step 2: inspect: unknown view 'procs' (expected one of: processes, sockets, sequence, files, lifecycle)"));
    expect(() => parseScenario('title: t\nsteps:\n  - command: ps\n    inspect: sequence port=x\n', 'c.yaml'))
      .toThrow("c.yaml:3: step 1: inspect: port must be a number, not 'x'");
    expect(() => parseScenario('title: t\nsteps:\n  - command: ps\n    inspect: 3\n', 'd.yaml'))
      .toThrow('d.yaml:3: step 1: "inspect" must be a string naming a view');
  });
});
