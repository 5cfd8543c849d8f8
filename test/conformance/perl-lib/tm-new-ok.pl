use Test::More;
package Pt { sub new { my ($c, %a) = @_; bless {%a}, $c } }
package Bad { sub new { return 'nope' } }
package Dies { sub new { die "cannot build\n" } }
package Sub { our @ISA = ('Pt') }
package main;
my $p = new_ok('Pt');
print "got ", ref($p), "\n";
my $q = new_ok('Pt' => [x => 1], 'with args');
print "x=$q->{x}\n";
new_ok('Sub', [], 'Sub obj');
new_ok('Sub', [], 'Sub obj');
new_ok('Bad');
new_ok('Dies');
new_ok('Pt', undef, 'named');
done_testing;
