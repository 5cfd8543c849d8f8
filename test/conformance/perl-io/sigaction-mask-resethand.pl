# SA_RESETHAND: the default action is back once the signal is taken (%SIG still shows the code).
use POSIX qw(:signal_h);
$| = 1;
sub blocked { my $s = POSIX::SigSet->new; sigprocmask(SIG_BLOCK, undef, $s); join(',', grep { $s->ismember($_) } 1 .. 31) || 'none' }
sub show { my $o = POSIX::SigAction->new; sigaction(SIGUSR1, undef, $o); my $h = $o->{HANDLER}; printf "%s: handler %s flags %#x safe %d mask %s\n", $_[0], (ref $h ? 'CODE' : $h), $o->{FLAGS}, $o->{SAFE}, join(',', grep { $o->{MASK}->ismember($_) } 1..31) || 'none' }
show('start');
$SIG{USR1} = sub { 1 }; show('%SIG');
$SIG{USR1} = 'IGNORE'; show('IGNORE');
sigaction(SIGUSR1, POSIX::SigAction->new(sub { print "one-shot: blocked ", blocked(), "\n"; show('inside') }, POSIX::SigSet->new(SIGHUP), SA_RESETHAND)) or die;
show('installed');
kill USR1 => $$;
show('after');
print "SIG{USR1}: ", (ref $SIG{USR1} ? 'CODE' : $SIG{USR1} // 'undef'), "\n";
my $a = POSIX::SigAction->new(sub { print "safe one-shot: blocked ", blocked(), "\n" }, POSIX::SigSet->new(SIGHUP), SA_RESETHAND | SA_RESTART);
$a->safe(1);
sigaction(SIGUSR1, $a) or die;
show('safe installed');
kill USR1 => $$;
show('safe after');
my $pid = fork // die;
if (!$pid) { kill USR1 => $$; sleep 1; print "child survived\n"; exit 0 }
waitpid $pid, 0;
print "child status $?\n";
