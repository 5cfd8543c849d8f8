# system { PROGRAM } LIST runs PROGRAM with LIST as its whole argv, without a shell.
use strict; use warnings;
my $r = system { 'sh' } 'custom-name', '-c', 'echo "argv0 is $0"; exit 3';
print "r=$r \$?=$?\n";
$r = system { 'no-such-program-xyz' } 'x';
print "r=$r \$?=$? [$!]\n";
$r = system { 'echo' } 'echo', 'a;b', '$HOME';
