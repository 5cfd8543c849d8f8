# POSIX::sigsuspend: a signal blocked while the child sends it is taken inside sigsuspend; the old mask comes back.
use strict; use warnings;
use POSIX qw(sigprocmask sigsuspend SIG_BLOCK SIG_SETMASK SIGUSR1 SIGUSR2);
my @got;
$SIG{USR1} = sub { push @got, 'USR1' };
$SIG{USR2} = sub { push @got, 'USR2' };
my $block = POSIX::SigSet->new(SIGUSR1, SIGUSR2);
my $old = POSIX::SigSet->new;
sigprocmask(SIG_BLOCK, $block, $old) or die "sigprocmask: $!";
my $parent = $$;
my $pid = fork // die;
if (!$pid) { kill 'USR1', $parent; exit 0 }
waitpid($pid, 0);
my $p = POSIX::SigSet->new; POSIX::sigpending($p); print "pending before: ", $p->ismember(SIGUSR1), " got: @got\n";
my $r = sigsuspend(POSIX::SigSet->new(SIGUSR2));
print "sigsuspend: ", (defined $r ? $r : 'undef'), " [$!] got: @got\n";
my $now = POSIX::SigSet->new;
sigprocmask(SIG_SETMASK, undef, $now);
print "mask after: USR1 ", $now->ismember(SIGUSR1), " USR2 ", $now->ismember(SIGUSR2), "\n";
$pid = fork // die;
if (!$pid) { kill 'USR2', $parent; exit 0 }
waitpid($pid, 0);
print "USR2 still blocked: got: @got\n";
sigprocmask(SIG_SETMASK, $old);
print "unblocked: got: @got\n";
