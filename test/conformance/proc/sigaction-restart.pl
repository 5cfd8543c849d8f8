# SA_RESTART re-issues sysread, accept and waitpid after the handler; without it sysread fails with EINTR.
use strict; use warnings; use POSIX (); use Socket;
$| = 1;
my $n = 0;
my $act = POSIX::SigAction->new(sub { $n++; print "handler $n\n" }, POSIX::SigSet->new, POSIX::SA_RESTART());
print "bad signal: ", defined POSIX::sigaction(999, $act) ? "defined" : "undef", "\n";
eval { POSIX::sigaction(POSIX::SIGALRM(), {}) }; print $@;
eval { POSIX::sigaction(POSIX::SIGALRM()) }; print $@;
print "SA values: ", join(' ', POSIX::SA_NOCLDSTOP(), POSIX::SA_SIGINFO(), POSIX::SA_RESTART(), POSIX::SA_RESETHAND()), "\n";
print "flags ", $act->flags, " safe ", $act->safe, "\n";
POSIX::sigaction(POSIX::SIGALRM(), $act) or die;
my $old = POSIX::SigAction->new;
POSIX::sigaction(POSIX::SIGALRM(), undef, $old);
print "old flags has SA_RESTART: ", ($old->flags & POSIX::SA_RESTART()) ? 1 : 0, " handler ", ref $old->handler, "\n";
pipe my $r, my $w or die;
my $pid = fork // die;
if ($pid == 0) { close $r; sleep 2; syswrite $w, "late\n"; exit 0 }
close $w;
alarm 1;
my $got = sysread $r, my $buf, 100;
print "sysread: ", $got // "undef $!", " ", $buf // '', "";
waitpid $pid, 0;
$pid = fork // die;
if ($pid == 0) { sleep 2; exit 3 }
alarm 1;
my $w2 = waitpid $pid, 0;
print "waitpid same pid: ", ($w2 == $pid ? 1 : 0), " status ", $? >> 8, "\n";
socket my $ls, PF_INET, SOCK_STREAM, 0 or die;
setsockopt $ls, SOL_SOCKET, SO_REUSEADDR, 1;
bind $ls, pack_sockaddr_in(0, inet_aton('127.0.0.1')) or die "bind $!";
listen $ls, 5 or die;
my $port = (unpack_sockaddr_in(getsockname $ls))[0];
$pid = fork // die;
if ($pid == 0) { sleep 2; socket my $c, PF_INET, SOCK_STREAM, 0; connect $c, pack_sockaddr_in($port, inet_aton('127.0.0.1')) or die; print $c "hi\n"; close $c; exit 0 }
alarm 1;
if (accept my $c, $ls) { print "accepted: ", scalar <$c> } else { print "accept: $!\n" }
waitpid $pid, 0;
$SIG{ALRM} = sub { print "plain handler\n" };
POSIX::sigaction(POSIX::SIGALRM(), undef, $old);
print "after \%SIG: SA_RESTART ", ($old->flags & POSIX::SA_RESTART()) ? 1 : 0, "\n";
pipe $r, $w or die;
$pid = fork // die;
if ($pid == 0) { close $r; sleep 2; syswrite $w, "x\n"; exit 0 }
close $w;
alarm 1;
$got = sysread $r, $buf, 100;
print "sysread: ", $got // "undef: $!", "\n";
waitpid $pid, 0;
