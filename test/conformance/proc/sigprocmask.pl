# A blocked signal waits (pending) until it is unblocked, then the handler runs once.
use strict; use warnings; use POSIX qw(:signal_h);
$| = 1;
my $count = 0; $SIG{USR1} = sub { $count++; print "handler ran\n" };
my $block = POSIX::SigSet->new(SIGUSR1); my $old = POSIX::SigSet->new;
sigprocmask(SIG_BLOCK, $block, $old) or die "sigprocmask: $!";
kill USR1 => $$; kill USR1 => $$;
print "while blocked: $count\n";
my $pending = POSIX::SigSet->new; sigpending($pending);
print "pending: ", ($pending->ismember(SIGUSR1) ? 'yes' : 'no'), "\n";
sigprocmask(SIG_SETMASK, $old) or die;
print "after unblock: $count\n";
print "was blocked before: ", ($old->ismember(SIGUSR1) ? 'yes' : 'no'), "\n";
