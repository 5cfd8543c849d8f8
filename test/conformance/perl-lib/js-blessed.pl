use JSON::PP;
package Pt { sub new { my ($c, %a) = @_; bless {%a}, $c } sub TO_JSON { my $s = shift; return { x => $s->{x}, kind => 'pt' } } }
package Plain { sub new { bless { v => 1 }, shift } }
package Str { sub new { bless [], shift } sub TO_JSON { 'as string' } }
package main;
my $p = Pt->new(x => 3, hidden => 1);
print JSON::PP->new->canonical->convert_blessed->encode([$p, Str->new]), "\n";
print JSON::PP->new->allow_blessed->encode([Plain->new, $p]), "\n";
print JSON::PP->new->canonical->allow_blessed->convert_blessed->encode([Plain->new, $p]), "\n";
for my $j (JSON::PP->new, JSON::PP->new->convert_blessed) {
    eval { $j->encode([Plain->new]) }; (my $e = $@) =~ s/0x[0-9a-f]+/ADDR/; print "E: $e";
}
eval { JSON::PP->new->encode([$p]) }; (my $e = $@) =~ s/0x[0-9a-f]+/ADDR/; print "E: $e";
print JSON::PP->new->canonical->convert_blessed->encode({ nested => { p => $p } }), "\n";
