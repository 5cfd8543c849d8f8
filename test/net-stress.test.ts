/**
 * The network under load and under abuse, inside one machine: a Perl
 * IO::Select server serves 1,000 sequential and 200 concurrent clients (each
 * gets its own answer), and closing, shutting down, resetting (SO_LINGER 0)
 * or killing either side at each point of a transfer leaves no process
 * behind and, once TIME-WAIT and FIN-WAIT-2 have run out (60 s of virtual
 * time), no socket on the port in `ss -tan`. The same scripts run on the
 * host's perl and 127.0.0.1 end the same way (all served, exit 0; 137 for
 * a server that kills itself).
 */
import { describe, expect, it } from 'vitest';
import { runLine } from '../src/system/testing.ts';

const SERVER = `use IO::Socket::INET; use IO::Select;
my ($port, $n) = @ARGV;
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 256, ReuseAddr => 1) or die "listen: $!";
my $sel = IO::Select->new($l); my ($served, $closed, $most, $idle) = (0, 0, 0, 0);
while ($closed < $n) {
    my @ready = $sel->can_read(5);
    if (!@ready) { last if ++$idle > 2; next }
    for my $fh (@ready) {
        if ($fh == $l) { my $c = $l->accept or next; $sel->add($c); $most = $sel->count - 1 if $sel->count - 1 > $most; next }
        my $k = sysread($fh, my $buf, 1024);
        if (!$k) { $sel->remove($fh); close $fh; $closed++; next }
        syswrite($fh, "re: $buf"); $served++;
    }
}
print "server: served $served, closed $closed, most open at once ", ($most <= 2 ? 'at most 2' : $most), "\\n";
`;

const SEQUENTIAL = `use IO::Socket::INET;
my ($port, $n) = @ARGV; my $ok = 0;
for my $i (1 .. $n) {
    my $s = IO::Socket::INET->new("127.0.0.1:$port") or die "connect $i: $!";
    syswrite($s, "$i\\n"); sysread($s, my $r, 100); $ok++ if $r eq "re: $i\\n"; close $s;
}
print "client: $ok of $n answered\\n";
`;

const CONCURRENT = `use IO::Socket::INET;
my ($port, $n) = @ARGV;
my @s = map { IO::Socket::INET->new("127.0.0.1:$port") or die "connect $_: $!" } 1 .. $n;
syswrite($s[$_], "$_\\n") for 0 .. $n - 1;
my $ok = 0;
for my $i (0 .. $n - 1) { sysread($s[$i], my $r, 100); $ok++ if $r eq "re: $i\\n" }
close $_ for @s;
print "client: $ok of $n answered\\n";
`;

/** After the work: wait out TIME-WAIT, then count our processes and the port's sockets. */
const AFTERMATH = (port: number): string =>
  `sleep 61; echo "perl processes: $(ps -e -o comm= | grep -c perl)"; ` +
  `echo "sockets on the port: $(ss -tan | grep -cE ':${port}( |$)')"`;

function machine(line: string, files: Record<string, string>): { output: string; status: number } {
  const r = runLine(line, { files, tty: false, maxVirtualMs: 600_000, maxRealMs: 120_000 });
  return { output: r.stdout + r.stderr, status: r.status };
}

describe('an IO::Select server under load', () => {
  it('serves 1,000 sequential connections, then leaves nothing behind', () => {
    const r = machine(`perl server.pl 7100 1000 & perl client.pl 7100 1000; wait; ${AFTERMATH(7100)}`,
      { 'server.pl': SERVER, 'client.pl': SEQUENTIAL });
    expect(r.output).toBe('client: 1000 of 1000 answered\n' +
      'server: served 1000, closed 1000, most open at once at most 2\n' +
      'perl processes: 0\nsockets on the port: 0\n');
  }, 180_000);

  it('serves 200 concurrent connections, all open at once, then leaves nothing behind', () => {
    const r = machine(`perl server.pl 7200 200 & perl client.pl 7200 200; wait; ${AFTERMATH(7200)}`,
      { 'server.pl': SERVER, 'client.pl': CONCURRENT });
    expect(r.output).toBe('client: 200 of 200 answered\n' +
      'server: served 200, closed 200, most open at once 200\n' +
      'perl processes: 0\nsockets on the port: 0\n');
  }, 180_000);
});

/**
 * One transfer of 1 MB from a server to a client; `who` does `how` (close,
 * shutdown, reset: close with SO_LINGER 0, kill: SIGKILL itself) at
 * `when`: right after connect/accept, midway (300 KB in), or at the end.
 */
const TRANSFER = `use IO::Socket::INET; use Socket qw(SOL_SOCKET SO_LINGER); $SIG{PIPE} = 'IGNORE';
my ($port, $who, $how, $when) = @ARGV; my $did = 0;
sub act { my ($s, $side, $point) = @_;
    return if $side ne $who || $point ne $when || $did++;
    if ($how eq 'kill') { kill 'KILL', $$ }
    elsif ($how eq 'close') { close $s; exit 0 }
    elsif ($how eq 'shutdown') { shutdown($s, 2) }
    elsif ($how eq 'reset') { setsockopt($s, SOL_SOCKET, SO_LINGER, pack('ii', 1, 0)); close $s; exit 0 }
}
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 5, ReuseAddr => 1) or die "listen: $!";
my $pid = fork // die;
if (!$pid) {
    my $s = IO::Socket::INET->new("127.0.0.1:$port") or exit 1;
    act($s, 'client', 'start'); syswrite($s, "GET\\n");
    my $got = 0;
    while (1) { my $n = sysread($s, my $b, 65536); last unless $n; $got += $n; act($s, 'client', 'midway') if $got >= 300000 }
    act($s, 'client', 'end'); close $s; exit 0;
}
my $a = $l->accept or die "accept: $!";
act($a, 'server', 'start'); my $req = <$a>;
my $chunk = 'y' x 65536; my $sent = 0;
for (1 .. 16) { my $n = syswrite($a, $chunk); last unless defined $n; $sent += $n; act($a, 'server', 'midway') if $sent >= 300000 }
act($a, 'server', 'end'); close $a; waitpid $pid, 0;
`;

describe('closing, shutting down, resetting or killing either side during a transfer', () => {
  const cases: Array<[string, string, string]> = [];
  for (const who of ['client', 'server']) {
    for (const how of ['close', 'shutdown', 'reset', 'kill']) {
      for (const when of ['start', 'midway', 'end']) cases.push([who, how, when]);
    }
  }
  it.each(cases)('%s does %s at %s: no stuck process, no leaked port', (who, how, when) => {
    const port = 7300;
    const r = machine(`perl transfer.pl ${port} ${who} ${how} ${when}; echo "transfer exit: $?"; ${AFTERMATH(port)}`,
      { 'transfer.pl': TRANSFER });
    // bash reports the killed foreground job: "bash: line 1:  PID Killed  perl transfer.pl ...".
    const killedServer = who === 'server' && how === 'kill';
    const notice = /^bash: line 1: +\d+ Killed +perl transfer\.pl .*\n/m;
    expect(killedServer).toBe(notice.test(r.output));
    expect(r.output.replace(notice, '')).toBe(`transfer exit: ${killedServer ? 137 : 0}\nperl processes: 0\nsockets on the port: 0\n`);
  }, 60_000);
});
