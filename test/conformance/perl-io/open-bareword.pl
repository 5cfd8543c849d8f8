# Bareword handles, handles passed as globs and references.
open(DATAF, '>', 'b.txt') or die;
print DATAF "via bareword\n";
printf DATAF "%s %d\n", 'num', 42;
close(DATAF);
sub show { my $fh = shift; while (my $l = <$fh>) { print "got: $l" } }
open(DATAF, '<', 'b.txt') or die;
show(\*DATAF);
close DATAF;
open(DATAF, '<', 'b.txt') or die;
show(*DATAF);
close DATAF;
open(my $fh, '<', 'b.txt') or die;
print "ref: ", ref($fh), "\n";
print "ref glob: ", ref(\$fh), "\n";
my $line = readline($fh);
print "readline(): $line";
close $fh;
