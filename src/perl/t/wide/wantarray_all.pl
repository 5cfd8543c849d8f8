sub ctx { my $w = wantarray; print defined $w ? ($w ? "list\n" : "scalar\n") : "void\n"; return }
my @l = ctx();
my $s = ctx();
ctx();
my ($x) = ctx();
print "if: "; if (ctx()) {}
my @m = map { ctx() } 1;
my $str = "x" . ctx();
sub pass { return ctx() }
my @p = pass();
my $q = pass();
pass();
sub items { return wantarray ? (1, 2, 3) : "scalar" }
my @i = items(); my $j = items();
print "@i | $j | ", scalar(items()), "\n";
sub lastval { return (4, 5, 6) }
my $lv = lastval();
print "$lv\n";
