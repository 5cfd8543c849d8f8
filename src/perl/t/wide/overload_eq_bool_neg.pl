package Flag;
use overload 'bool' => sub { ${$_[0]} }, '!' => sub { !${$_[0]} }, 'eq' => sub { "$_[0]" eq "$_[1]" }, '""' => sub { ${$_[0]} ? "on" : "off" }, 'neg' => sub { "negated" };
package main;
my $t = bless \(my $x = 1), 'Flag';
my $f = bless \(my $y = 0), 'Flag';
print $t ? "t-true " : "t-false ", $f ? "f-true " : "f-false ", !$f ? "!f\n" : "not !f\n";
print $t eq "on" ? "eq on\n" : "ne\n";
print -$t, "\n";
print "and: ", ($t && "yes"), " or: ", ($f || "fallback"), "\n";
