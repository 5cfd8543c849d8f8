# defined &name / &$ref / &{"name"} test existence and never call the sub.
my $calls = 0;
sub foo { $calls++; 1 }
sub declared;
print defined &foo ? "y" : "n", defined &nope ? "y" : "n", defined &declared ? "y" : "n", "\n";
print defined &{"foo"} ? "y" : "n", defined &{"nope"} ? "y" : "n", defined(&{"main::foo"}) ? "y" : "n", "\n";
my $r = \&foo; my $u = \&declared;
print defined &$r ? "y" : "n", defined &$u ? "y" : "n", defined(&{$r}) ? "y" : "n", "\n";
my $anon = sub { $calls += 10 };
print defined &$anon ? "y" : "n", " calls=$calls\n";
print exists &foo ? "e" : "-", exists &nope ? "e" : "-", "\n";
package P; sub pf { 1 }
print defined &{"pf"} ? "P::pf\n" : "none\n";
