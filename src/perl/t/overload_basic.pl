package P; use overload '""' => sub { "P(" . $_[0]{n} . ")" }, '==' => sub { $_[0]{n} == (ref $_[1] ? $_[1]{n} : $_[1]) }, fallback => 1;
sub new { bless { n => $_[1] }, $_[0] }
package main;
my $a = P->new(3); my $b = P->new(3);
print "str: $a\n"; print $a, "\n";
print "eq: ", ($a eq "P(3)" ? "yes" : "no"), "\n";
print "==: ", ($a == $b ? "yes" : "no"), " ", ($a == 4 ? "yes" : "no"), "\n";
print "cat: " . $a . "!\n";
print overload::StrVal($a) =~ /^P=HASH\(0x[0-9a-f]+\)$/ ? "strval ok\n" : "strval bad\n";
