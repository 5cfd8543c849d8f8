# oracle:
use strict; use warnings;
use IO::Async::Loop;
use IO::Async::Process;
$| = 1;
my $loop = IO::Async::Loop->new;
my (@log, $err);
my $p = IO::Async::Process->new(
    command => [ 'sh', '-c', 'echo out1; echo err1 >&2; read x; echo "got $x"; exit 3' ],
    stdin   => { from => "hello\n" },
    stdout  => { on_read => sub {
        my ($s, $b, $eof) = @_;
        while ($$b =~ s/^(.*)\n//) { push @log, "stdout: $1" }
        push @log, 'stdout eof' if $eof;
        return 0;
    } },
    stderr    => { into => \$err },
    on_finish => sub { my ($self, $code) = @_; push @log, "finish: " . ($code >> 8), "stderr: $err"; $loop->stop },
);
$loop->add($p);
print "running: ", ($p->is_running ? 1 : 0), " pid: ", ($p->pid > 1 ? 'yes' : 'no'), "\n";
$loop->run;
print "$_\n" for @log;
print "exited: ", ($p->is_exited ? 1 : 0), " running: ", ($p->is_running ? 1 : 0), " status: ", $p->exitstatus, "\n";

my $q = IO::Async::Process->new(
    code         => sub { die "boom\n" },
    on_finish    => sub { print "finish\n"; $loop->stop },
    on_exception => sub { my ($self, $e, $errno, $code) = @_; print "exception: $e", "code: ", $code >> 8, "\n"; $loop->stop },
);
$loop->add($q);
$loop->run;

my $o;
my $r = IO::Async::Process->new(
    code      => sub { print "from code\n"; return 5 },
    stdout    => { into => \$o },
    on_finish => sub { print "code exit ", $_[1] >> 8, " out [$o]\n"; $loop->stop },
);
$loop->add($r);
$loop->run;

my ($code, $out) = $loop->run_process(command => [ 'printf', 'a\nb\n' ])->get;
print "run_process: ", $code >> 8, " [$out]\n";
my @r = $loop->run_process(command => 'echo x; echo y >&2; exit 1', capture => [qw(exitcode stdout stderr)])->get;
print "captures: ", $r[0] >> 8, " [$r[1]] [$r[2]]\n";
my ($in) = $loop->run_process(command => [ 'tr', 'a-z', 'A-Z' ], stdin => "shout\n", capture => ['stdout'])->get;
print "stdin: $in";
my $f = $loop->run_process(command => [ 'false' ], fail_on_nonzero => 1);
$loop->await($f);
print "failed: ", join('|', map { defined $_ ? $_ : 'undef' } $f->failure), "\n";

$loop->run_child(command => [ 'echo', 'child' ], on_finish => sub {
    my ($pid, $c, $so, $se) = @_;
    print "run_child: $c [$so] [$se] pid: ", ($pid > 1 ? 'yes' : 'no'), "\n";
    $loop->stop;
});
$loop->run;

my $k = IO::Async::Process->new(command => [ 'sleep', '10' ], on_finish => sub { print "killed: signal ", $_[1] & 127, "\n"; $loop->stop });
$loop->add($k);
$k->kill('TERM');
$loop->run;
for my $args ([on_finish => sub {}], [command => ['true']], [command => ['true'], code => sub { 1 }, on_finish => sub {}],
    [command => ['true'], on_finish => sub {}, bogus => 5]) {
    eval { $loop->add(IO::Async::Process->new(@$args)) };
    print "error: ", $@ =~ s/=HASH\(0x[0-9a-f]+\)//r =~ s/ at \S+ line \d+\.\n//r, "\n";
}
