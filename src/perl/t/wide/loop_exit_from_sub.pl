# last/next from a called sub leave it (one warning per sub or eval left).
use strict; use warnings;
$SIG{__WARN__} = sub { print "W: $_[0]" };
sub inner { my $x = shift; last OUTER if $x == 3; next if $x == 1; return "r$x" }
sub mid { my @k = (1, 2); inner(@_) . join("", @k) }
OUTER: for my $i (1 .. 5) {
  for my $j (1 .. 2) { print "i=$i j=$j ", mid($i), "\n" }
}
print "after\n";
my $n = 0;
while (1) { $n++; eval { sub { last if $n > 2 }->() }; print "n=$n\n" }
print "n end $n\n";
SKIP: { sub skipper { no warnings 'exiting'; last SKIP } print "a\n"; skipper(); print "b\n" }
print "done\n";
my @r = map { my $v = $_; for (1 .. 3) { sub { next }->() if $_ == 2; print "v$v l$_\n" } $v } 1 .. 2;
print "@r\n";
sub leave_block { last BLOCK } BLOCK: { leave_block(); print "not here\n" }
print "end\n";
