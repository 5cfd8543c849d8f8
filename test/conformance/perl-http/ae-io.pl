# oracle:
use strict; use warnings;
BEGIN { $ENV{PERL_ANYEVENT_MODEL} = 'Perl' }
use AnyEvent;
use IO::Handle;
use POSIX ();
$| = 1;
# AnyEvent->io on a pipe a child writes to, line by line with pauses; a
# write watcher; a watcher dropped by undef stops firing.
pipe(my $r, my $w) or die "pipe: $!";
my $pid = fork // die "fork: $!";
if (!$pid) {
    close $r; $w->autoflush(1);
    for my $i (1 .. 3) { print $w "line $i\n"; select undef, undef, undef, 0.2 }
    POSIX::_exit(0);
}
close $w;
my $cv = AnyEvent->condvar;
my ($buf, @got, $reads) = ('');
my $io; $io = AnyEvent->io(fh => $r, poll => 'r', cb => sub {
    $reads++;
    my $n = sysread $r, $buf, 100, length $buf;
    if (!$n) { push @got, 'eof'; undef $io; $cv->send; return }
    push @got, "got: $1" while $buf =~ s/^(.*)\n//;
});
my $ticks = 0;
my $t = AnyEvent->timer(after => 0.1, interval => 0.2, cb => sub { $ticks++ });
$cv->recv;
waitpid $pid, 0;
print "$_\n" for @got;
print "reads: ", ($reads >= 4 ? 'at least 4' : $reads), " ticks: ", ($ticks >= 2 ? 'some' : $ticks), "\n";

pipe(my $r2, my $w2) or die;
my $cv2 = AnyEvent->condvar;
my $wio; $wio = AnyEvent->io(fh => $w2, poll => 'w', cb => sub {
    syswrite $w2, "ready to write\n";
    undef $wio;
    $cv2->send('written');
});
print "write watcher: ", $cv2->recv, "\n";
print "read back: ", scalar <$r2>;
my $fired = 0;
my $gone = AnyEvent->io(fh => $r2, poll => 'r', cb => sub { $fired++ });
undef $gone;
syswrite $w2, "x\n";
my $cv3 = AnyEvent->condvar;
my $t3 = AnyEvent->timer(after => 0.2, cb => sub { $cv3->send });
$cv3->recv;
print "dropped watcher fired: $fired\n";
eval { AnyEvent->io(fh => $r2, poll => 'x', cb => sub {}) }; print "bad poll: ", ($@ ? 'dies' : 'accepted'), "\n";
