# A handler that dies: its own signal is unblocked again, a MASK stays blocked.
use POSIX qw(:signal_h);
$| = 1;
sub blocked { my $s = POSIX::SigSet->new; sigprocmask(SIG_BLOCK, undef, $s); join(',', grep { $s->ismember($_) } 1 .. 31) || 'none' }
sigaction(SIGALRM, POSIX::SigAction->new(sub { print "ALRM in: ", blocked(), "\n"; die "timeout\n" }, POSIX::SigSet->new(SIGUSR1))) or die;
eval { kill ALRM => $$; 1 } or print "caught: $@";
print "after: ", blocked(), "\n";
my $a = POSIX::SigAction->new(sub { print "safe ALRM in: ", blocked(), "\n"; die "timeout\n" }, POSIX::SigSet->new(SIGUSR1));
$a->safe(1);
sigaction(SIGALRM, $a) or die;
eval { kill ALRM => $$; 1 } or print "caught: $@";
print "after: ", blocked(), "\n";
$SIG{USR1} = sub { print "USR1 in: ", blocked(), "\n"; die "usr1\n" };
eval { kill USR1 => $$; 1 } or print "caught: $@";
print "after: ", blocked(), "\n";
