# POSIX::sigaction's MASK: blocked while a handler installed without SAFE runs; signals
# pending together run one after another; SA_NODEFER; the old action's report.
use POSIX qw(:signal_h);
$| = 1;
sub blocked { my $s = POSIX::SigSet->new; sigprocmask(SIG_BLOCK, undef, $s); join(',', grep { $s->ismember($_) } 1 .. 31) || 'none' }
print "outside: ", blocked(), "\n";
$SIG{USR1} = sub { print "SIG USR1 handler: blocked ", blocked(), "\n" };
kill USR1 => $$;
my $mask = POSIX::SigSet->new(SIGUSR2, SIGHUP);
$SIG{USR2} = sub { print "USR2 handler: blocked ", blocked(), "\n" };
$SIG{HUP} = sub { print "HUP handler\n" };
sigaction(SIGUSR1, POSIX::SigAction->new(sub { print "USR1 handler: blocked ", blocked(), "\n"; kill USR2 => $$; print "after kill USR2\n"; kill HUP => $$; print "after kill HUP\n" }, $mask)) or die;
kill USR1 => $$;
print "back: ", blocked(), "\n";
my $act = POSIX::SigAction->new(sub { print "safe USR1: blocked ", blocked(), "\n"; kill USR2 => $$; print "after kill USR2\n" }, $mask);
$act->safe(1);
sigaction(SIGUSR1, $act) or die;
kill USR1 => $$;
print "back: ", blocked(), "\n";
sigaction(SIGUSR1, POSIX::SigAction->new(sub { print "nodefer USR1: blocked ", blocked(), "\n" }, POSIX::SigSet->new, SA_NODEFER)) or die;
kill USR1 => $$;
my $old = POSIX::SigAction->new;
sigaction(SIGUSR1, undef, $old);
print "old mask: ", join(',', grep { $old->{MASK}->ismember($_) } 1..31) || 'none', " flags ", $old->{FLAGS}, " safe ", $old->{SAFE}, "\n";
