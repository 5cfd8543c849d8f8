/**
 * Property: a process image is plain data, so a copy taken at any pause
 * point runs on exactly as the original does. For random programs built
 * from fragments that exercise the VM's state (closures, sort blocks,
 * regex captures and pos, local, eval/die, objects with DESTROY, buffered
 * output, string increments, wantarray), the image is cloned with
 * structuredClone after a random number of steps, again and again; every
 * clone, run to its end in a fresh kernel, must print what the original
 * printed from that point on, and exit the same way.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { perlProgram } from './index.ts';
import { FakeKernel } from './testing/fake-kernel.ts';
import { libFiles } from './testing/run-perl.ts';

type Fragment = (n: number) => string;

/** Each fragment appends to @out; n varies the data. */
const FRAGMENTS: Fragment[] = [
  (n) => `{ my @c = map { my $k = $_; sub { $k * ${n} + $_[0] } } 1 .. 5; push @out, join ",", map { $_->(3) } @c; }`,
  (n) => `{ my @s = sort { $b->[1] <=> $a->[1] || $a->[0] cmp $b->[0] } map { ["k$_", ($_ * ${n}) % 7] } 1 .. 20; push @out, join " ", map { "$_->[0]:$_->[1]" } @s[0 .. 4]; }`,
  (n) => `{ my $t = join "-", map { "w$_" } 1 .. ${n % 9 + 3}; my @m; while ($t =~ /w(\\d+)/g) { push @m, "$1\\@" . pos($t) } push @out, "@m"; }`,
  (n) => `{ our $g = "outer"; sub show { $main::g } sub inner { local $main::g = "inner${n}"; show() } push @out, inner() . "/" . show(); }`,
  (n) => `{ my $r = eval { die { code => ${n} } if ${n} % 2; "lived" }; push @out, defined $r ? $r : "died $@->{code}"; }`,
  (n) => `{ package Obj${n}; sub new { bless { id => $_[1] }, $_[0] } sub DESTROY { push @main::out, "destroy $_[0]{id}" } package main; { my $o = Obj${n}->new(${n}); my $p = $o; undef $o; push @out, "held"; } push @out, "after"; }`,
  (n) => `{ my %h; $h{$_ % ${n % 5 + 2}} .= chr(97 + $_ % 26) for 1 .. 40; push @out, join ";", map { "$_=$h{$_}" } sort keys %h; }`,
  (n) => `{ my $s = "a${n}z"; my @v; for (1 .. 30) { $s++; push @v, $s if $_ % 10 == 0 } push @out, "@v"; }`,
  (n) => `{ sub ctx { wantarray ? "list" : defined(wantarray) ? "scalar" : "void" } my @l = ctx(); my $x = ctx(); push @out, "$l[0] $x ${n}"; }`,
  (n) => `{ my $acc = 0; for my $i (1 .. ${n * 40 + 100}) { $acc = ($acc * 31 + $i) % 1000003 } push @out, sprintf("%07d|%x|%.3f", $acc, $acc, $acc / 7); }`,
  (n) => `{ my $f; $f = sub { my $k = shift; $k < 2 ? $k : $f->($k - 1) + $f->($k - 2) }; push @out, $f->(${n % 6 + 10}); undef $f; }`,
  (n) => `{ $| = ${n % 2}; print "partial ${n} "; my @w = split /(,)/, "a,b,,c${n}"; push @out, scalar(@w) . ":" . join("|", @w); }`,
  (n) => `{ my $str = "The quick brown fox ${n}"; (my $t = $str) =~ s/(\\w+)/\\u\\L$1/g; $t =~ tr/a-z/A-Z/ if ${n} % 3 == 0; push @out, $t; }`,
];

const fragmentList = fc.array(
  fc.tuple(fc.nat(FRAGMENTS.length - 1), fc.integer({ min: 1, max: 50 })),
  { minLength: 2, maxLength: 6 },
);

function program(parts: Array<[number, number]>): string {
  const body = parts.map(([i, n]) => FRAGMENTS[i]!(n)).join('\n');
  return `use strict; our @out;\n${body}\nprint "$_\\n" for @out; exit(scalar(@out) % 4);`;
}

interface Run { stdout: string; stderr: string; status: number | null }

function start(code: string): { k: FakeKernel; pid: number } {
  const k = new FakeKernel(perlProgram, { files: libFiles() });
  return { k, pid: k.spawn(['perl', '-e', code]) };
}

function finish(k: FakeKernel, pid: number): Run {
  k.runAll();
  return { stdout: k.stdout, stderr: k.stderr, status: k.exitStatus(pid) };
}

/** Run a copy of `image` in a fresh kernel to its end. */
function runClone(image: unknown): Run {
  const { k, pid } = start('1');
  k.proc(pid).image = structuredClone(image);
  return finish(k, pid);
}

describe('a cloned image runs identically', () => {
  test('random programs, cloned at random pause points', () => {
    fc.assert(
      fc.property(fragmentList, fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 5 }), (parts, slices) => {
        const code = program(parts);
        const whole = finish(...Object.values(start(code)) as [FakeKernel, number]);
        expect(whole.stderr).toBe('');
        expect(whole.status).not.toBeNull();
        const { k, pid } = start(code);
        for (const budget of slices) {
          if (k.exitStatus(pid) !== null) break;
          k.step(pid, budget);
          if (k.exitStatus(pid) !== null) break;
          const before = { out: k.stdout, err: k.stderr };
          const clone = runClone(k.proc(pid).image);
          expect(before.out + clone.stdout).toBe(whole.stdout);
          expect(before.err + clone.stderr).toBe(whole.stderr);
          expect(clone.status).toBe(whole.status);
        }
        const rest = finish(k, pid);
        expect(rest).toEqual(whole);
      }),
      { numRuns: 40, seed: 20261126 },
    );
  });
});
