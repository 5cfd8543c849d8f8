/**
 * Userland conformance: each case of cases.yaml against the outputs recorded
 * from the real GNU tools (expected.json). Two runs: on the stand-in kernel of
 * src/programs/testing (simple lines only), and on the real machine through
 * src/system/testing.ts once it exists.
 */
import { describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import YAML from 'yaml';
import { programs } from '../../../src/programs/index.ts';
import { makeWorld, runLine } from '../../../src/programs/testing/run-line.ts';

interface Case { name: string; cmd: string; files?: Record<string, string>; stdin?: string }
interface Expected { name: string; stdout: string; stderr: string; status: number; tty: string }

const here = path.dirname(new URL(import.meta.url).pathname);
const cases: Case[] = YAML.parse(fs.readFileSync(path.join(here, 'cases.yaml'), 'utf8'));
const expected = new Map<string, Expected>(
  (JSON.parse(fs.readFileSync(path.join(here, 'expected.json'), 'utf8')) as Expected[]).map((e) => [e.name, e]),
);
const progs = programs();
/** Cases needing what the stand-in kernel lacks (a shell, timers, lock files): machine only. */
const MACHINE_ONLY = /^(which-|timeout-|flock-|awk-getline-cmd|awk-print-pipe|awk-system|[a-z0-9]+-m-)/;

describe('userland on the stand-in kernel', () => {
  for (const c of cases) {
    const exp = expected.get(c.name);
    if (!exp || MACHINE_ONLY.test(c.name)) continue;
    const world = makeWorld(progs, c.files ?? {});
    const r = runLine(world, c.cmd, c.stdin ?? '');
    test.skipIf(r === null)(c.name, () => {
      expect({ stdout: r!.stdout, stderr: r!.stderr, status: r!.status }).toEqual({ stdout: exp.stdout, stderr: exp.stderr, status: exp.status });
    });
  }
});

interface MachineLike { mkdir(p: string, o: { uid: number; gid: number }): void; writeFile(p: string, d: string, o: { uid: number; gid: number; mode: number }): void }
type RunLine = (line: string, opts?: { cwd?: string; setup?: (m: MachineLike) => void }) => { output: string; status: number };

/** Each case runs in an empty /home/user/w owned by the user, holding its files. */
function setupFiles(files: Record<string, string>): (m: MachineLike) => void {
  return (m) => {
    const own = { uid: 1000, gid: 1000 };
    m.mkdir('/home/user/w', own);
    for (const [name, data] of Object.entries(files)) {
      const parts = name.split('/');
      for (let i = 1; i < parts.length; i++) m.mkdir(`/home/user/w/${parts.slice(0, i).join('/')}`, own);
      m.writeFile(`/home/user/w/${name}`, data, { ...own, mode: 0o644 });
    }
  };
}
let machineRun: RunLine | null = null;
try {
  const modPath = '../../../src/system/testing.ts';
  const mod = (await import(/* @vite-ignore */ modPath)) as { runLine?: RunLine };
  machineRun = mod.runLine ?? null;
  const boot = (await import(/* @vite-ignore */ '../../../src/system/boot.ts')) as { bootStandard: () => { readFile(p: string): Uint8Array | null } };
  if (boot.bootStandard().readFile('/bin/bash') === null) machineRun = null;
} catch {
  machineRun = null;
}

describe.skipIf(machineRun === null)('userland on the machine', () => {
  for (const c of cases) {
    const exp = expected.get(c.name);
    if (!exp) continue;
    test(c.name, () => {
      const r = machineRun!(c.cmd, { cwd: '/home/user/w', setup: setupFiles(c.files ?? {}) });
      expect({ output: r.output, status: r.status }).toEqual({ output: exp.tty, status: exp.status });
    });
  }
});
