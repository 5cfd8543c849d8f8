# With SIGPIPE ignored, writing to a pipe with no reader fails with EPIPE.
use strict; use warnings; use IO::Handle;
$SIG{PIPE} = 'IGNORE';
pipe(my $r, my $w) or die; close $r;
my $n = syswrite($w, "data"); print "syswrite: ", (defined $n ? $n : "undef [$!]"), " EPIPE: ", ($!{EPIPE} ? 'yes' : 'no'), "\n";
my $ok = print $w "buffered"; print "print (buffered): ", ($ok ? 1 : 0), "\n";
$ok = close $w; print "close flushes: ", ($ok ? 'ok' : "failed [$!]"), "\n";
pipe($r, $w) or die; close $r; $w->autoflush(1);
$ok = print $w "unbuffered"; print "print (autoflush): ", ($ok ? 1 : "false [$!]"), "\n";
open(my $p, '|-', 'true') or die; sleep 1;
$ok = print $p "x" x 100000; my $c = close $p; print "to an exited command: close ", ($c ? 'ok' : "failed [$!] \$?=$?"), "\n";
