/**
 * The hard parts, each proved on the fake kernel: a blocking read in the
 * middle of an expression resumes with the expression intact; fork from a
 * sub called by a sort block inside a loop; DESTROY and implicit close at
 * the moment reference counting says; a catastrophic regex interrupted by
 * a signal handler or killed by SIGINT; and a clone of an image taken
 * mid-run runs identically.
 */
import { describe, expect, test } from 'vitest';
import { perlProgram } from './index.ts';
import { FakeKernel } from './testing/fake-kernel.ts';
import { libFiles, runPerl } from './testing/run-perl.ts';
import type { Image } from './image.ts';
import { subOf } from './code.ts';
import { OPS } from './opcodes.ts';
import { SIGINT } from '../abi/signals.ts';

function kernel(code: string, opts: { stdin?: string; stdinEof?: boolean } = {}): { k: FakeKernel; pid: number } {
  const k = new FakeKernel(perlProgram, { files: libFiles(), ...opts });
  const pid = k.spawn(['perl', '-e', code]);
  return { k, pid };
}

const opAt = (img: Image): string => {
  const f = img.frames[img.frames.length - 1]!;
  return OPS[subOf(f.unit, f.sub).code[f.pc]!]!.name;
};

describe('blocking is a state', () => {
  test('a read blocks mid-expression and resumes with the operands intact', () => {
    const { k, pid } = kernel('my $x = 1 + length(<STDIN>) * 2; print "x=$x\\n";', { stdin: '', stdinEof: false });
    let r = k.step(pid, 1000);
    r = k.step(pid, 1000);
    expect(r.blocked).toBe(true);
    const img = k.proc(pid).image as Image;
    expect(opAt(img)).toBe('READLINE');
    // The pending operands of `1 + ...` are still on the stack: the constant 1 and the handle.
    expect(img.stack.length).toBe(2);
    expect(img.stack[0]).toBe(1);
    // The image is plain data: a structured clone is possible while blocked.
    expect(() => structuredClone(img)).not.toThrow();
    k.feed('abcd\n', true);
    k.runAll();
    expect(k.stdout).toBe('x=11\n');
    expect(k.exitStatus(pid)).toBe(0);
  });

  test('the blocked op is re-executed, not repeated: print before the read happens once', () => {
    const { k, pid } = kernel('$| = 1; print "prompt: "; my $l = <STDIN>; print "got $l";', { stdin: '', stdinEof: false });
    for (let i = 0; i < 5; i++) k.step(pid, 1000);
    expect(k.stdout).toBe('prompt: ');
    k.feed('yes\n', true);
    k.runAll();
    expect(k.stdout).toBe('prompt: got yes\n');
  });
});

describe('fork copies the image', () => {
  test('fork inside a sub called from a sort block inside a loop', () => {
    const r = runPerl(['-e', `
      my ($forked, $child) = (0, 0);
      sub cmp_and_fork { if (!$forked++) { my $pid = fork(); $child = $pid ? $pid : -1; } return $_[0] <=> $_[1]; }
      my @out;
      for my $round (1..2) { my @s = sort { cmp_and_fork($a, $b) } (5, 3, 9, 1); push @out, "round $round: @s"; }
      if ($child == -1) { print "child: $_\\n" for @out; exit 0; }
      waitpid($child, 0);
      print "parent: $_\\n" for @out;`]);
    expect(r.stdout).toBe('child: round 1: 1 3 5 9\nchild: round 2: 1 3 5 9\nparent: round 1: 1 3 5 9\nparent: round 2: 1 3 5 9\n');
  });

  test('a clone of an image taken mid-run runs identically', () => {
    const code = 'my %h; my @objs; for my $i (1..300) { $h{$i % 7} += $i; push @objs, [$i, { sq => $i * $i }]; } my $s = 0; $s += $_->[1]{sq} for @objs; print join(",", map { "$_=$h{$_}" } sort keys %h), " $s\\n";';
    const { k, pid } = kernel(code);
    for (let i = 0; i < 4; i++) k.step(pid, 700);
    const img = k.proc(pid).image as Image;
    expect(img.frames.length).toBeGreaterThan(0);
    const copy = structuredClone(img);
    const k2 = new FakeKernel(perlProgram, { files: libFiles() });
    const pid2 = k2.spawn(['perl', '-e', '1']);
    k2.proc(pid2).image = copy;
    k.runAll();
    k2.runAll();
    expect(k2.stdout).toBe(k.stdout);
    expect(k.stdout).toMatch(/^0=\d+,1=/);
  });
});

describe('reference counting', () => {
  test('DESTROY runs when the last reference goes, before the next statement', () => {
    const r = runPerl(['-e', 'package R; sub DESTROY { print "D$_[0][0] " } package main; { my $a = bless [1], "R"; print "in "; } print "out "; my $b = bless [2], "R"; $b = 0; print "re "; my $c = bless [3], "R"; print "end ";']);
    expect(r.stdout).toBe('in D1 out D2 re end D3 ');
  });

  test('a lexical filehandle is flushed and closed when its scope ends', () => {
    const r = runPerl(['-e', '{ open(my $fh, ">", "/tmp/x") or die; print $fh "data\\n"; } open(my $in, "<", "/tmp/x") or die; print <$in>;']);
    expect(r.stdout).toBe('data\n');
  });
});

describe('preemptible regex', () => {
  test('a catastrophic match is interrupted by an alarm handler that dies', () => {
    const r = runPerl(['-e', '$SIG{ALRM} = sub { die "timeout\\n" }; alarm 1; my $s = "x" x 26; my $r = eval { $s =~ /^(x+)+(x+)+\\2+[yz]/; 1 }; print defined $r ? "finished\\n" : "interrupted: $@"; print "after\\n";'], { maxRounds: 100000 });
    expect(r.stdout).toBe('interrupted: timeout\nafter\n');
  });

  test('Ctrl-C (SIGINT, default action) ends a process stuck in a regex', () => {
    const { k, pid } = kernel('my $s = "x" x 40; $s =~ /^(x+)+(x+)+\\2+[yz]/; print "never\\n";');
    for (let i = 0; i < 20; i++) k.step(pid, 1000);
    const img = k.proc(pid).image as Image;
    expect(opAt(img)).toBe('MATCH');
    k.signal(k.proc(pid), SIGINT);
    k.runAll();
    expect(k.exitStatus(pid)).toBe(SIGINT);
    expect(k.stdout).toBe('');
  });
});
