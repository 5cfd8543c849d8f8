/**
 * Test helper: run /usr/bin/perl on the fake kernel with the Perl modules
 * installed, and collect stdout, stderr and the exit status.
 */
import { perlProgram, perlLibFiles } from '../index.ts';
import { perlLibFiles as libraryFiles } from '../../perl-lib/index.ts';
import { FakeKernel, type FakeOptions } from './fake-kernel.ts';

export interface PerlRun { stdout: string; stderr: string; status: number | null; kernel: FakeKernel; pid: number }

/** The modules as the machine installs them: the engine's own, then the library written in Perl (which wins). */
export function libFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [k, v] of Object.entries(perlLibFiles())) files['/usr/lib/perl5/' + k] = v;
  for (const [k, v] of Object.entries(libraryFiles())) if (k.startsWith('/usr/lib/perl5/')) files[k] = v;
  return files;
}

/** Run perl with `args` (after argv[0]) to completion. */
export function runPerl(args: string[], opts: FakeOptions = {}): PerlRun {
  const kernel = new FakeKernel(perlProgram, { ...opts, files: { ...libFiles(), ...(opts.files ?? {}) } });
  const pid = kernel.spawn(['perl', ...args]);
  kernel.runAll(opts.maxRounds ?? 3000);
  const st = kernel.exitStatus(pid);
  return { stdout: kernel.stdout, stderr: kernel.stderr, status: st === null ? null : st & 0x7f ? 128 + (st & 0x7f) : st >> 8, kernel, pid };
}
