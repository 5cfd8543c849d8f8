# open '-' reads STDIN, '>-' writes STDOUT.
open my $in, '-' or die "in: $!";
my $l = <$in>;
print "via '-': $l";
open my $out, '>-' or die "out: $!";
print $out "via '>-'\n";
close $out;
print "STDOUT still fine\n";
my @rest = <STDIN>;
print "STDIN rest: ", scalar(@rest), "\n";
open my $three, '<', '-' or print "3-arg '-' is a file name: $!\n";
