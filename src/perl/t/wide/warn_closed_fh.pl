use warnings;
open(my $fh, ">", "/tmp/wcf.txt") or die;
close $fh;
print $fh "x";
print FOO "y";
my $l = <$fh>;
print "done\n";
