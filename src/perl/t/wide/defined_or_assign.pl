# //= assigns only when the left side is undefined (0 and "" stay).
use strict; use warnings;
my $z = 0; $z //= 5;
my $e = ""; $e //= 6;
my $u; $u //= 7;
my %h; $h{a} //= 8; $h{a} //= 9;
my @a; $a[2] //= "x";
print "[$z][$e][$u][$h{a}] ", scalar(@a), "\n";
my $r = ($u //= 10); print "result $r\n";
my $q; print(($q //= 3) + 1, "\n");
my $calls = 0; sub side { $calls++; 42 } my $d = 1; $d //= side(); my $n; $n //= side();
print "calls $calls d=$d n=$n\n";
my $x = 0; $x ||= 11; my $y = 5; $y &&= 12; print "$x $y\n";
