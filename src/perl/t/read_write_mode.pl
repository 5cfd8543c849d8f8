my $f = "/tmp/perl_t_rw";
open(my $out, '>', $f) or die; print $out "one\ntwo\nthree\n"; close $out;
open(my $in, '<', $f) or die;
my $first = <$in>;
my $rest = do { local $/; <$in> };
close $in;
print "first=$first", "rest=$rest";
print "eof test\n" if eof(STDIN);
unlink $f;
