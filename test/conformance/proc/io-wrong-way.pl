# Reading a write-only handle or writing a read-only one: the warning, false/undef and $! EBADF; close then fails.
use strict; use warnings;
open(my $w, '>', 'ww.txt') or die; open(my $r, '<', 'ww.txt') or die;
$! = 0; print $r "x" or print "print: [$!]\n";
$! = 0; printf $r "x" or print "printf: [$!]\n";
$! = 0; my $l = <$w>; print "readline: ", defined $l ? 'line' : 'undef', " [$!]\n";
$! = 0; my $c = getc($w); print "getc: [$!]\n";
$! = 0; sysread($w, my $b, 1) // print "sysread: [$!]\n";
$! = 0; read($w, $b, 1) // print "read: [$!]\n";
$! = 0; syswrite($r, "x") // print "syswrite: [$!]\n";
close $r; $! = 0; print $r "x" or print "print closed: [$!]\n";
$! = 0; $c = getc($r); print "getc closed: [$!]\n";
close $w or print "close: [$!]\n";
unlink 'ww.txt';
my $s = "a\nb\n"; open my $m, "+<", \$s or die; my $ml = <$m>; print "in-memory +<: $ml"; read($m, $b, 2); print "read: $b";
open my $f, ">", "rw.txt" or die; print $f "hi\n"; close $f;
open my $rw, "+<", "rw.txt" or die; open my $d, "+<&", $rw or die; print "dup +<&: ", scalar <$d>; unlink "rw.txt";
