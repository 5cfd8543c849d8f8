use strict; use warnings;
sub mk { return [@_] }
for my $a ([1, 2], [3, 4]) { my $x = 1; print "@$a\n"; }
my @l = map { my $t = $_; [$t] } 1 .. 3; print scalar(@l), " $l[2][0]\n";
for my $v (mk(5), mk(6)) { my $y = 0; print "v @$v\n"; }
my $s = f() or do { print "no\n"; 0 }; print "s=$s\n";
sub f { return 'yes' }
open(my $in, '<', \"abcdefghij") or die;
{ local $/ = \4; while (my $r = <$in>) { print "[$r]" } print "\n"; }
open(my $fh, '<', \"one\ntwo\n") or die; my $first = <$fh>;
warn "warned";
eval { die "died" }; print $@;
