# '<&STDIN' duplicates standard input: both share one file position.
my $l = <STDIN>;
print "STDIN: $l";
open my $in, '<&STDIN' or die "dup: $!";
print "fileno differs: ", (fileno($in) != 0 ? 'yes' : 'no'), "\n";
my @rest = <$in>;
print "dup read ", scalar(@rest), ": @rest";
close $in;
open my $in2, '<&=', 0 or die;
print "fdopen fileno: ", fileno($in2), "\n";
print "eof STDIN: ", (eof(STDIN) ? 1 : 0), "\n";
