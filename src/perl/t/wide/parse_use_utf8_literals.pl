# use utf8: string literals, q(), here-docs, regex literals and identifiers
# in the source are decoded from UTF-8.
use strict;
use warnings;
use utf8;
binmode STDOUT, ':encoding(UTF-8)';

my $s = "héllo wörld";
print length($s), " ", ord(substr($s, 1, 1)), "\n";
print scalar reverse($s), "\n";
my $q = q(ñandú);
print length($q), " $q\n";
my %h = (clé => 'valeur', 'naïve' => 1);
print join(",", sort keys %h), "\n";
print "match\n" if "naïve café" =~ /ï.*é/;
(my $t = "über") =~ s/ü/ue/;
print "$t\n";
my $doc = <<"END";
Grüße, $q
END
print $doc, length($doc), "\n";
my $café = 3;
print "café=$café\n";
print join(" ", map { sprintf "U+%04X", ord } split //, "€→"), "\n";
print uc("€uro→"), "\n";
