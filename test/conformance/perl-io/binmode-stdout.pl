# binmode STDOUT, ':utf8' prints wide characters without a warning.
use warnings;
my $smile = "\x{263a}";
print "latin1 as byte: \x{e9}\n";
print "wide warns: $smile\n";
binmode STDOUT, ':utf8';
print "after binmode: $smile \x{e9}\n";
binmode STDOUT;
print "back to bytes: \x{e9}\n";
use utf8;
my $lit = "é";
print "utf8 literal length: ", length($lit), "\n";
