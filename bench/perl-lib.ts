/**
 * The Perl module library against the host's perl and its modules, in the
 * same run: start-up with JSON::PP and Test::More loaded, `perl -pi -e` over
 * a 1 MB file, JSON encode+decode of a 1 MB document, and HTTP::Tiny
 * requests (ours to the machine's port-80 server; native to a small perl
 * server on 127.0.0.1:18480 started for the row and stopped after it, which
 * also stops itself after 120 s).
 *
 *   npm run bench  (bench/run.ts takes rows())
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bootMachine, requirePrograms, runNative, runOurs, side, timeIt, Unavailable } from './measure.ts';
import type { Row } from './measure.ts';
import type { Machine } from '../src/kernel/machine.ts';

const PERL = '/usr/bin/perl';
const NATIVE_PORT = 18480;

/** 1 MB of text lines for `perl -pi`. */
function bigText(): string {
  const line = 'the quick brown fox jumps over the lazy dog 0123456789\n';
  return line.repeat(Math.ceil(1_048_576 / line.length));
}

const JSON_SCRIPT = [
  'use JSON::PP;',
  'my $n = shift;',
  'my $d = [map { { id => $_, name => "item $_", tags => ["alpha", "beta"], ok => JSON::PP::true(), v => $_ * 1.5 } } 1 .. $n];',
  'my $t = JSON::PP->new->canonical->encode($d);',
  'my $back = decode_json($t);',
  'print length($t) >= 1e6 && @$back == $n ? "ok\\n" : "bad " . length($t) . "\\n";',
].join('\n');
const JSON_ITEMS = 13_500;

const HTTP_CLIENT = [
  'use HTTP::Tiny;',
  'my ($url, $n) = @ARGV;',
  'my $h = HTTP::Tiny->new;',
  'my $ok = 0;',
  'for (1 .. $n) { $ok++ if $h->get($url)->{success} }',
  'print "$ok\\n";',
].join('\n');

/** A keep-alive HTTP/1.1 server for the native side, one client at a time, bounded in time. */
const HTTP_SERVER = [
  'use IO::Socket::INET;',
  'my $s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => shift, Listen => 5, ReuseAddr => 1) or die "listen: $!";',
  '$SIG{ALRM} = sub { exit 0 }; alarm 120;',
  'print "ready\\n"; $| = 1;',
  'while (my $c = $s->accept) {',
  '  while (defined(my $l = <$c>)) {',
  '    next unless $l =~ /^\\r?$/;',
  '    print $c "HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nContent-Length: 3\\r\\n\\r\\nok\\n";',
  '  }',
  '}',
].join('\n');

function perlStartRow(module: string, reps: number, m: () => Machine): Row {
  return {
    name: `\`perl -M${module} -e1\` start-up`,
    unit: 'ms',
    native: side(() => timeIt(reps, () => runNative([PERL, `-M${module}`, '-e1'], '')).ms),
    ours: side(() => timeIt(reps, () => runOurs(m(), [PERL, `-M${module}`, '-e1'], '')).ms),
    goal: 'ratio ≤ 3×',
    meets: (_o, r) => r !== null && r <= 3,
  };
}

function pieRow(reps: number, m: () => Machine, dir: string): Row {
  const text = bigText();
  const file = path.join(dir, 'big.txt');
  const argv = (f: string): string[] => [PERL, '-pi', '-e', 's/fox/cat/g; s/cat/fox/g', f];
  return {
    name: '`perl -pi -e` over a 1 MB file',
    unit: 'ms',
    native: side(() => { writeFileSync(file, text); return timeIt(reps, () => runNative(argv(file), '')).ms; }),
    ours: side(() => {
      const mm = m();
      mm.writeFile('/tmp/big.txt', text, { uid: 1000, gid: 1000 });
      return timeIt(reps, () => runOurs(mm, argv('/tmp/big.txt'), '')).ms;
    }),
    goal: 'ratio ≤ 3×',
    meets: (_o, r) => r !== null && r <= 3,
  };
}

function jsonRow(reps: number, m: () => Machine, quick: boolean): Row {
  const n = String(quick ? JSON_ITEMS / 10 : JSON_ITEMS);
  const expect = quick ? undefined : 'ok\n';
  return {
    name: `JSON::PP encode + decode of a ${quick ? '0.1' : '1'} MB document`,
    unit: 'ms',
    native: side(() => timeIt(reps, () => runNative([PERL, '-e', JSON_SCRIPT, n], expect)).ms),
    ours: side(() => timeIt(reps, () => runOurs(m(), [PERL, '-e', JSON_SCRIPT, n], expect)).ms),
    goal: 'ratio ≤ 3×',
    meets: (_o, r) => r !== null && r <= 3,
  };
}

/** Run `fn` while the native server listens; always stops it. */
function withNativeServer(fn: () => number): number {
  const srv = spawn(PERL, ['-e', HTTP_SERVER, String(NATIVE_PORT)], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const t0 = Date.now();
    // Wait (bounded) until the port answers.
    for (;;) {
      const probe = spawnSync(PERL, ['-MIO::Socket::INET', '-e', `exit(IO::Socket::INET->new("127.0.0.1:${NATIVE_PORT}") ? 0 : 1)`]);
      if (probe.status === 0) break;
      if (Date.now() - t0 > 5000) throw new Unavailable('native server did not start');
    }
    return fn();
  } finally {
    srv.kill('SIGTERM');
  }
}

function httpRow(m: () => Machine, quick: boolean): Row {
  const n = quick ? 100 : 1000;
  return {
    name: `${n.toLocaleString('en')} HTTP::Tiny requests (keep-alive)`,
    unit: 'ms',
    native: side(() => withNativeServer(() =>
      timeIt(1, () => runNative([PERL, '-e', HTTP_CLIENT, `http://127.0.0.1:${NATIVE_PORT}/`, String(n)], `${n}\n`)).ms)),
    ours: side(() => timeIt(1, () => runOurs(m(), [PERL, '-e', HTTP_CLIENT, 'http://127.0.0.1/', String(n)], `${n}\n`)).ms),
    goal: 'ratio ≤ 3×',
    meets: (_o, r) => r !== null && r <= 3,
  };
}

/** The rows of this section. */
export async function rows(opts: { quick: boolean }): Promise<Row[]> {
  const reps = opts.quick ? 3 : 9;
  const booted: { m: Machine | null } = { m: null };
  const m = (): Machine => {
    booted.m ??= bootMachine();
    requirePrograms(booted.m, PERL);
    return booted.m;
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'terrarium-bench-'));
  try {
    return [
      perlStartRow('JSON::PP', reps, m),
      perlStartRow('Test::More', reps, m),
      pieRow(opts.quick ? 1 : 3, m, dir),
      jsonRow(opts.quick ? 1 : 3, m, opts.quick),
      httpRow(m, opts.quick),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    booted.m?.shutdown();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await rows({ quick: process.argv.includes('--quick') })) {
    const [o, n] = [r.ours.value, r.native.value];
    const ratio = typeof o === 'number' && typeof n === 'number' ? ` (${(o / n).toFixed(2)}×)` : '';
    console.log(`${r.name}: ours ${typeof o === 'number' ? o.toFixed(1) : o} ${r.unit}, native ${typeof n === 'number' ? n.toFixed(1) : n} ${r.unit}${ratio}`);
  }
}
