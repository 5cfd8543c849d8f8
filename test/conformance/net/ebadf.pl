# I/O on closed and never-opened socket handles: EBADF and perl's warnings.
use strict; use warnings; use Socket;
$SIG{__WARN__} = sub { my $w = shift; $w =~ s/ at \S+ line \d+\.\n//; print "warning: $w\n" };
socket(my $s, PF_INET, SOCK_STREAM, 0) or die; close $s;
my $r = sysread($s, my $buf, 10); print "sysread: ", (defined $r ? $r : "undef [$!]"), "\n";
$r = syswrite($s, "x"); print "syswrite: ", (defined $r ? $r : "undef [$!]"), "\n";
$r = send($s, "x", 0); print "send: ", (defined $r ? $r : "undef [$!]"), "\n";
$r = recv($s, $buf, 10, 0); print "recv: ", (defined $r ? 'defined' : "undef [$!]"), "\n";
$r = listen($s, 5); print "listen: ", ($r ? 'ok' : "false [$!]"), "\n";
$r = bind($s, pack_sockaddr_in(0, INADDR_LOOPBACK)); print "bind: ", ($r ? 'ok' : "false [$!]"), "\n";
$r = shutdown($s, 2); print "shutdown: ", (defined $r ? ($r ? 'ok' : 'false') : 'undef'), " [$!]\n";
$r = setsockopt($s, SOL_SOCKET, SO_REUSEADDR, 1); print "setsockopt: ", ($r ? 'ok' : "false [$!]"), "\n";
$r = accept(my $n, $s); print "accept: ", ($r ? 'ok' : "false [$!]"), "\n";
$r = close($s); print "close again: ", ($r ? 'ok' : "false [$!]"), "\n";
