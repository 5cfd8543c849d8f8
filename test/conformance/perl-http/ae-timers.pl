# oracle:
BEGIN { $ENV{PERL_ANYEVENT_MODEL} = 'Perl' }
use strict; use warnings;
use AnyEvent;
use Time::HiRes qw(time);
my @log;
my $t0 = time;
my $cv = AnyEvent->condvar;
my $w1 = AnyEvent->timer(after => 0.2, cb => sub { push @log, 'after 0.2' });
my $w2 = AnyEvent->timer(after => 0.1, cb => sub { push @log, 'after 0.1' });
my $n = 0;
my $w3; $w3 = AnyEvent->timer(after => 0.05, interval => 0.1, cb => sub { push @log, 'interval ' . ++$n; undef $w3 if $n == 3 });
{ my $gone = AnyEvent->timer(after => 0.01, cb => sub { push @log, 'never: watcher was dropped' }); }
my $w4 = AnyEvent->timer(after => 0.4, cb => sub { $cv->send('sent', 2) });
my @r = $cv->recv;
push @log, "recv: @r";
print join("\n", @log), "\n";
my $el = time - $t0;
print "elapsed ok\n" if $el > 0.35 && $el < 1.2;
my $group = AnyEvent->condvar;
my @done;
for my $i (1 .. 3) {
    $group->begin;
    my $t; $t = AnyEvent->timer(after => 0.03 * (4 - $i), cb => sub { push @done, $i; undef $t; $group->end });
}
$group->recv;
print "group: @done\n";
my $cb_cv = AnyEvent->condvar(cb => sub { print "cb got: ", $_[0]->recv, "\n" });
my $t; $t = AnyEvent->timer(after => 0, cb => sub { $cb_cv->send('value') });
my $wait = AnyEvent->condvar; my $tt = AnyEvent->timer(after => 0.05, cb => sub { $wait->send }); $wait->recv;
my $err = AnyEvent->condvar;
my $e = AnyEvent->timer(after => 0, cb => sub { $err->croak("went wrong") });
eval { $err->recv }; print "croak: ", $@ =~ s/ at \S+ line \d+\.\n//r, "\n";
my $sig = AnyEvent->condvar;
my $sw = AnyEvent->signal(signal => 'USR1', cb => sub { print "got USR1\n"; $sig->send });
kill USR1 => $$;
$sig->recv;
my $pid = fork;
if (!$pid) { exit 7 }
my $child = AnyEvent->condvar;
my $cw = AnyEvent->child(pid => $pid, cb => sub { my ($p, $status) = @_; print "child exited: ", ($p == $pid ? 'same pid' : 'other'), " status ", $status >> 8, "\n"; $child->send });
$child->recv;
my $idle_cv = AnyEvent->condvar;
my $count = 0;
my $idle = AnyEvent->idle(cb => sub { $idle_cv->send if ++$count == 3 });
$idle_cv->recv;
print "idle ran $count times\n";
print "now is a number\n" if AnyEvent->now > 1e9 && AnyEvent->time >= AnyEvent->now - 1;
