# $/ = undef slurps a whole file.
open my $w, '>', 'f.txt' or die; print $w "a\nb\n\nc\n"; close $w;
open my $fh, '<', 'f.txt' or die;
my $all = do { local $/; <$fh> };
print "length: ", length($all), "\n";
print "lines: ", ($all =~ tr/\n//), "\n";
my $more = do { local $/; <$fh> };
print "second slurp: ", (defined $more ? "defined [$more]" : 'undef'), "\n";
close $fh;
open $fh, '<', 'f.txt' or die;
{ local $/ = undef; my @l = <$fh>; print "list slurp: ", scalar(@l), "\n"; }
print "restored: ", (defined $/ && $/ eq "\n" ? 'yes' : 'no'), "\n";
close $fh;
open $fh, '>', 'e.txt'; close $fh;
open $fh, '<', 'e.txt' or die;
my $e = do { local $/; <$fh> };
print "empty file slurp: ", (defined $e ? "defined [$e]" : 'undef'), "\n";
my $c = do { local (@ARGV, $/) = ('f.txt'); <> };
print "argv idiom: ", length($c), "\n";
