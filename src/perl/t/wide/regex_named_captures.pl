if ("2024-01-15" =~ /(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/) {
    print "$+{y} $+{m} $+{d}\n";
    print join(",", sort keys %+), "\n";
}
if ("ab" =~ /(?<x>a)|(?<x>b)/) { print "x=$+{x}\n" }
"aXbX" =~ /(?<l>\w)X(?<l>\w)X/;
print join(",", @{ $-{l} }), "\n";
my $re = qr/(?<word>\w+)\s+\k<word>/;
print "dup: $+{word}\n" if "the the end" =~ $re;
print "g: $1\n" if "abab" =~ /(ab)\g1/;
print "rel: $2\n" if "xyy" =~ /(x)(y)\g{-1}/;
