import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from './cases.ts';
import { checkCase, machineRunLine, readPending, runOnMachine, type RunLine } from './run-case.ts';

function oneCase(name: string, text: string, expected?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'oracle-run-'));
  writeFileSync(join(dir, name), text);
  if (expected !== undefined) writeFileSync(join(dir, name.replace(/\.\w+$/, '.expected.json')), expected);
  return loadCase(join(dir, name));
}

describe('runOnMachine', () => {
  it('passes files and stdin, types Ctrl-D after tty input, and normalises', async () => {
    const fake = await machineRunLine('./fixtures/fake-testing.ts');
    const pipes = await runOnMachine(oneCase('a.yaml', 'cmd: cat f\nfiles: { f: x }\nstdin: "in"\n'), fake);
    expect(pipes).toEqual({ stdout: 'line=cat f stdin="in" files=f cwd=<HOME>\n', stderr: '', status: 0 });
    const tty = await runOnMachine(oneCase('b.yaml', 'cmd: read x\ntty: true\nstdin: "y\\n"\n'), fake);
    expect(tty).toEqual({ terminal: 'line=read x stdin="y\\n\\u0004" files= cwd=<HOME>\n', status: 0 });
  });

  it('says clearly when the machine is missing', async () => {
    await expect(machineRunLine('./fixtures/no-such-module.ts')).rejects.toThrow(/our machine is not available/);
  });
});

describe('checkCase', () => {
  const echo: RunLine = (line, opts) => ({ output: '', stdout: `${line}\n`, stderr: '', status: opts?.tty ? 1 : 0 });

  it('passes on equal outcomes and reports a diff otherwise', async () => {
    await checkCase(oneCase('ok.yaml', 'cmd: hi\n', '{"stdout":"hi\\n","stderr":"","status":0}'), echo);
    await expect(checkCase(oneCase('bad.yaml', 'cmd: hi\n', '{"stdout":"ho\\n","stderr":"","status":0}'), echo)).rejects.toThrow(
      '/bad (pipes): hi\n--- stdout: expected (-) vs ours (+)\n- ho\n+ hi',
    );
  });

  it('asks for a recording when there is none', async () => {
    await expect(checkCase(oneCase('new.yaml', 'cmd: hi\n'), echo)).rejects.toThrow(/is not recorded: npm run record -- /);
  });
});

describe('readPending', () => {
  it('reads names and reasons, skipping comments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oracle-pending-'));
    writeFileSync(join(dir, 'pending.txt'), '# known gaps\nfoo  job control is missing\n\nbar\n');
    expect([...readPending(dir)]).toEqual([['foo', 'job control is missing'], ['bar', '']]);
  });

  it('reads a named file, keeping only this corpus of CORPUS/NAME lines', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'oracle-pending-')), 'lib');
    mkdirSync(dir);
    writeFileSync(join(dir, 'machine-pending.txt'), 'lib/foo why\nhttp/bar other corpus\nbaz plain\n');
    expect([...readPending(dir, 'machine-pending.txt')]).toEqual([['foo', 'why'], ['baz', 'plain']]);
  });
});
