my $text = "line1\nline2\nline3";
my @l = split /\n/, $text;
print scalar(@l), "\n";
my $count = () = $text =~ /line/g;
print "$count\n";
(my $t = $text) =~ s/^/> /gm;
print "$t\n";
print "multi\n" if $text =~ /^line2$/m;
