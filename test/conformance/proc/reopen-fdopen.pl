# open STDERR, '>&=', 1 moves STDERR's fd 2 onto fd 1 and keeps fd 1; with fd 0 free, a reopened STDOUT still lands on fd 1.
use strict; use warnings;
open(STDERR, '>&=', 1) or die "e: $!"; print STDERR "to stderr via fd ", fileno(STDERR), "\n";
system('sh', '-c', 'echo child stderr >&2; echo child stdout');
close STDIN; open(STDOUT, '>', 'o.txt') or die; print "x\n"; print STDERR "stdout fd ", fileno(STDOUT), "\n";
close STDOUT; open(my $i, '<', 'o.txt') or die; print STDERR "file: ", <$i>;
