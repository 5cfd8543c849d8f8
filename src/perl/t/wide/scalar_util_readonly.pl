# Scalar::Util::readonly: literals and constants are read-only, variables and $1 are not.
use strict; use warnings;
use Scalar::Util qw(readonly);
use constant PI => 3;
use constant LIST => (1, 2);
my $x = 1; our $g = 2;
"abc" =~ /(b)/;
sub ro { readonly($_[0]) ? 1 : 0 }
print join(",", ro(1), ro("s"), ro($x), ro($g), ro(PI), ro($1), ro(readonly($x))), "\n";
for my $e (1, 2) { print "loop const: ", (readonly($e) ? 1 : 0), "\n" }
my @a = (1); for my $e (@a) { print "loop var: ", (readonly($e) ? 1 : 0), "\n" }
print "direct: ", (readonly(1) ? 1 : 0), (readonly($x) ? 1 : 0), (readonly(PI) ? 1 : 0), "\n";
eval { my $r = \1; $$r = 2 }; print "err: $@";
eval { for my $e (LIST) { $e++ } }; print "const list: $@";
my @copy = (LIST); $copy[0]++; print "copy: @copy ", PI + 1, "\n";
*ro_alias = \"fixed"; our $ro_alias; print "glob const: ", (readonly($ro_alias) ? 1 : 0), "\n";
