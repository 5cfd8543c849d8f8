/**
 * The network between two perl processes: bulk TCP throughput and echo
 * round trips over 127.0.0.1 (against native perl on the host's loopback,
 * on fixed high ports), and what an idle TCP connection costs the kernel:
 * ours as the kernel prices its sockets (src/net/memory.ts), Linux's as its
 * slab caches grow (/proc/slabinfo, root only).
 *
 *   node --import ./bin/register.mjs bench/net.ts [--quick]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Machine } from '../src/kernel/machine.ts';
import { isSock } from '../src/net/sock.ts';
import { socketBytes } from '../src/net/memory.ts';
import { TcpSock } from '../src/net/tcp-socket.ts';
import { defaultEnv } from '../src/system/testing.ts';
import { bootMachine, requirePrograms, runNative, runOurs, side, timeIt, Unavailable, type Row } from './measure.ts';

/** Native sides use these ports on 127.0.0.1 (ours may use the same: its loopback is its own). */
const BULK_PORT = 47510, ECHO_PORT = 47511, IDLE_PORT = 47512;

/** A child writes `mb` MiB in 64 KiB syswrites; the parent reads it all. */
const BULK = [
  'use IO::Socket::INET; my ($port, $mb) = @ARGV;',
  'my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $port, Listen => 5, ReuseAddr => 1) or die "listen: $!\\n";',
  'my $pid = fork // die "fork: $!\\n";',
  'if (!$pid) { my $s = IO::Socket::INET->new("127.0.0.1:$port") or die "connect: $!\\n"; my $chunk = "x" x 65536;',
  '  for (1 .. $mb * 16) { my $off = 0; while ($off < 65536) { my $n = syswrite($s, $chunk, 65536 - $off, $off); die "write: $!\\n" unless $n; $off += $n } }',
  '  close $s; exit 0 }',
  'my $c = $l->accept; my $got = 0; while (my $n = sysread($c, my $b, 65536)) { $got += $n }',
  'waitpid $pid, 0; print "got $got\\n";',
].join('\n');

/** A child echoes; the parent sends a short line and waits for it back, n times. */
const ECHO = [
  'use IO::Socket::INET; my ($port, $n) = @ARGV;',
  'my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $port, Listen => 5, ReuseAddr => 1) or die "listen: $!\\n";',
  'my $pid = fork // die "fork: $!\\n";',
  'if (!$pid) { my $c = $l->accept; while (my $k = sysread($c, my $b, 4096)) { syswrite($c, $b) } exit 0 }',
  'my $s = IO::Socket::INET->new("127.0.0.1:$port") or die "connect: $!\\n"; my $ok = 0;',
  'for (1 .. $n) { syswrite($s, "ping\\n"); sysread($s, my $r, 4096); $ok++ if $r eq "ping\\n" }',
  'close $s; waitpid $pid, 0; print "ok $ok\\n";',
].join('\n');

/** Open n connections to ourselves, say so, and keep them idle. */
const IDLE = [
  'use IO::Socket::INET; my ($port, $n) = @ARGV; $| = 1;',
  'my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $port, Listen => 1024, ReuseAddr => 1) or die "listen: $!\\n";',
  'my (@c, @a); for (1 .. $n) { push @c, IO::Socket::INET->new("127.0.0.1:$port") or die "connect: $!\\n"; push @a, scalar $l->accept }',
  'print "ready\\n"; sleep 600;',
].join('\n');

function onMachine<T>(fn: (m: Machine) => T): T {
  const m = bootMachine();
  try {
    requirePrograms(m, '/usr/bin/perl');
    return fn(m);
  } finally {
    m.shutdown();
  }
}

function bulkRow(quick: boolean): Row {
  const mb = quick ? 8 : 64;
  const argv = (port: number) => ['/usr/bin/perl', '-e', BULK, String(port), String(mb)];
  const expect = `got ${mb * 1048576}\n`;
  const rate = (ms: number): number => (mb / ms) * 1000;
  return {
    name: `TCP bulk throughput between two perl processes, MiB/s (${mb} MiB)`,
    unit: '/s',
    native: side(() => rate(timeIt(3, () => runNative(argv(BULK_PORT), expect)).ms)),
    ours: side(() => onMachine((m) => rate(timeIt(3, () => runOurs(m, argv(BULK_PORT), expect)).ms))),
    goal: 'within 10×',
    higherIsBetter: true,
    meets: (_o, r) => r !== null && r <= 10,
  };
}

function echoRow(quick: boolean): Row {
  const n = quick ? 2000 : 20000;
  const argv = (port: number) => ['/usr/bin/perl', '-e', ECHO, String(port), String(n)];
  const rate = (ms: number): number => (n / ms) * 1000;
  return {
    name: `TCP echo round trips between two perl processes (${n.toLocaleString('en')}×)`,
    unit: '/s',
    native: side(() => rate(timeIt(3, () => runNative(argv(ECHO_PORT), `ok ${n}\n`)).ms)),
    ours: side(() => onMachine((m) => rate(timeIt(3, () => runOurs(m, argv(ECHO_PORT), `ok ${n}\n`)).ms))),
    goal: 'within 5×',
    higherIsBetter: true,
    meets: (_o, r) => r !== null && r <= 5,
  };
}

/** KiB one idle connection (both of its sockets) costs our kernel beyond its buffers. */
function oursIdleKiB(n: number): number {
  return onMachine((m) => {
    let out = '';
    const pid = m.spawn(['/usr/bin/perl', '-e', IDLE, String(IDLE_PORT), String(n)], {
      env: defaultEnv(), stdin: new Uint8Array(0), stdout: (d) => (out += new TextDecoder().decode(d)), stderr: () => {},
    });
    m.runUntil(() => out.includes('ready') || m.exitStatus(pid) !== null, { maxRealMs: 120_000 });
    const p = m.kernel.procs.get(pid);
    if (!out.includes('ready') || !p) throw new Unavailable(`idle connections not set up: ${JSON.stringify(out)}`);
    let bytes = 0, conns = 0;
    for (const slot of p.fds) {
      const ops = slot?.file.ops;
      if (!ops || !isSock(ops) || !(ops instanceof TcpSock) || ops.tcb.state !== 'ESTABLISHED') continue;
      const b = socketBytes(ops);
      bytes += b.total - b.buffered;
      conns += 0.5;
    }
    if (conns !== n) throw new Unavailable(`found ${conns} connections, wanted ${n}`);
    return bytes / n / 1024;
  });
}

/** The host's slab bytes in use, before and after opening n idle connections (perl reads /proc/slabinfo). */
const IDLE_NATIVE = [
  'use IO::Socket::INET; my ($port, $n) = @ARGV;',
  'sub slab { open my $f, "<", "/proc/slabinfo" or die "slabinfo: $!\\n"; my $s = 0; <$f> for 1 .. 2;',
  '  while (<$f>) { my @f = split; $s += $f[1] * $f[3] } $s }',
  'my $l = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $port, Listen => 1024, ReuseAddr => 1) or die "listen: $!\\n";',
  'my $before = slab(); my (@c, @a);',
  'for (1 .. $n) { push @c, IO::Socket::INET->new("127.0.0.1:$port") or die "connect: $!\\n"; push @a, scalar $l->accept }',
  'print slab() - $before, "\\n";',
].join('\n');

/** KiB of slab the host's kernel gains per idle connection (median of three tries; noisy on a busy host). */
function nativeIdleKiB(n: number): number {
  const tries: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync('/usr/bin/perl', ['-e', IDLE_NATIVE, String(IDLE_PORT), String(n)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Unavailable(r.stderr.trim().slice(0, 60) || `perl exited ${r.status}`);
    tries.push(Number(r.stdout) / n / 1024);
  }
  return tries.sort((a, b) => a - b)[1]!;
}

function idleRow(quick: boolean): Row {
  const n = quick ? 100 : 500;
  return {
    name: `kernel memory per idle TCP connection beyond buffers, both ends (${n} connections)`,
    unit: 'KiB',
    native: side(() => nativeIdleKiB(n)),
    ours: side(() => oursIdleKiB(n)),
    goal: '≤ 16 KiB',
    meets: (o) => o <= 16,
  };
}

export async function rows(opts: { quick: boolean }): Promise<Row[]> {
  return [bulkRow(opts.quick), echoRow(opts.quick), idleRow(opts.quick)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await rows({ quick: process.argv.includes('--quick') })) {
    console.log(`${r.name}: ours ${JSON.stringify(r.ours.value)} native ${JSON.stringify(r.native.value)} ${r.unit} (goal ${r.goal})`);
  }
}
