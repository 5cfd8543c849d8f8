# 2-arg open: the mode is part of the string, spaces are trimmed.
open(OUT, ">two.txt") or die; print OUT "line one\n"; close(OUT);
open(OUT, ">> two.txt") or die; print OUT "line two\n"; close OUT;
open(IN, "two.txt") or die; my @a = <IN>; close IN;
print "default read: ", scalar(@a), "\n";
open(IN, "< two.txt ") or die "spaces: $!"; print "trimmed: ", scalar(<IN>); close IN;
open(IN, "+<two.txt") or die; seek(IN, 0, 0); print "rw: ", scalar(<IN>); close IN;
my $name = "two.txt";
open(FH, $name) or die; print "from var: ", scalar(<FH>); close FH;
open(my $fh, "<$name") or die; print "lexical: ", scalar(<$fh>); close $fh;
open(FH, "<nope.txt") or print "failed: $!\n";
