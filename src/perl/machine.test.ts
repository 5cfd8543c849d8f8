/**
 * The engine on the real machine (bash, coreutils, the kernel): blocking
 * reads from a terminal, fork/wait, system, backticks and pipes through
 * /bin/sh. Expected outputs recorded from perl 5.36 under bash 5.2.
 */
import { describe, expect, test } from 'vitest';
import { registerArea } from '../system/boot.ts';
import { runLine } from '../system/testing.ts';
import { programs, perlLibFiles } from './index.ts';

registerArea(programs, () => Object.fromEntries(Object.entries(perlLibFiles()).map(([k, v]) => [`/usr/lib/perl5/${k}`, v])));

const run = (line: string, stdin?: string): { stdout: string; stderr: string; status: number } => {
  const r = runLine(line, { tty: false, stdin });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
};

describe('perl on the machine', () => {
  test('hello and exit status', () => {
    expect(run(`perl -e 'print "hi\\n"; exit 3'`)).toEqual({ stdout: 'hi\n', stderr: '', status: 3 });
  });
  test('reads stdin through a pipe', () => {
    expect(run(`printf 'a\\nb\\n' | perl -ne 'print uc'`).stdout).toBe('A\nB\n');
  });
  test('system, backticks and $?', () => {
    expect(run(`perl -e 'my $o = \`echo hello\`; print "got $o"; system("echo sys; exit 2"); print "status ", $? >> 8, "\\n"'`).stdout).toBe('got hello\nsys\nstatus 2\n');
  });
  test('fork and waitpid', () => {
    expect(run(`perl -e 'my $p = fork; if (!$p) { print "child\\n"; exit 5 } waitpid($p, 0); print "parent ", $? >> 8, "\\n"'`).stdout).toBe('child\nparent 5\n');
  });
  test('pipe open from a command', () => {
    expect(run(`perl -e 'open(my $fh, "-|", "echo one; echo two") or die; my @l = <$fh>; close $fh; print scalar(@l), " lines\\n"'`).stdout).toBe('2 lines\n');
  });

  test('-i edits files in place, with and without a backup suffix', () => {
    const line = `printf 'a\\nb\\n' > f.txt; printf 'a2\\n' > g.txt; perl -i -pe 's/a/X/' f.txt g.txt; cat f.txt g.txt; perl -i.bak -pe 's/b/Y/' f.txt; cat f.txt f.txt.bak`;
    expect(run(line).stdout).toBe('X\nb\nX2\nX\nY\nX\nb\n');
  });

  test('command-line switches -l -a -n -p -F -c -M', () => {
    expect(run(`printf '1 2\\n3 4\\n' | perl -lane 'print $F[1]'`).stdout).toBe('2\n4\n');
    expect(run(`printf 'abc\\naaa\\n' | perl -pe 's/a/b/'`).stdout).toBe('bbc\nbaa\n');
    expect(run(`perl -le 'print for 1..2'`).stdout).toBe('1\n2\n');
    expect(run(`printf 'x:y\\n' | perl -F: -lane 'print $F[1]'`).stdout).toBe('y\n');
    expect(run(`perl -c -e 'print 1'`)).toEqual({ stdout: '', stderr: '-e syntax OK\n', status: 0 });
    expect(run(`perl -e 'print "a\\n"' -e 'print "b\\n"'`)).toEqual({ stdout: '', stderr: 'syntax error at -e line 2, near "print"\nExecution of -e aborted due to compilation errors.\n', status: 255 });
    expect(run(`perl -Mstrict -e '$x = 1'`)).toEqual({ stdout: '', stderr: 'Global symbol "$x" requires explicit package name (did you forget to declare "my $x"?) at -e line 1.\nExecution of -e aborted due to compilation errors.\n', status: 255 });
  });
});
