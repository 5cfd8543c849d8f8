use strict; use warnings;
use JSON::PP;
my $j = JSON::PP->new->canonical->pretty;
print $j->encode({ b => [1, "2", JSON::PP::true(), {}], a => undef, c => [], d => { x => JSON::PP::false() } });
print encode_json([1, "x\x{263a}", \1, \0, 1.5, -3, "tab\there", "sl/ash", "q\"b\\"]), "\n";
my $d = decode_json('{"a":[1,2,{"x":true,"y":false}],"s":"\u00e9\u263a","n":null,"e":1.5e3,"m":-0.25}');
print join(",", $d->{a}[1], ref $d->{a}[2]{x}, ($d->{a}[2]{x} ? "T" : "F"), (!$d->{a}[2]{y} ? "F" : "T"), length $d->{s}, (defined $d->{n} ? 1 : 0), $d->{e}, $d->{m}), "\n";
for my $t ('{"a":1', 'xyz', '[1,2,]', '{"a":1}junk', '', '{a:1}', '"unterminated', '[1] [2]', "{\"a\":\"\x01\"}", '{"a":01}', 'nul', '[tru]', '[-]', '[1.]', '[1e]', '"\x"') {
    my $r = eval { JSON::PP->new->decode($t) };
    print defined $r ? "ok\n" : "E: $@";
}
print JSON::PP->new->ascii->encode(["\x{e9}\x{1F600}"]), "\n";
print JSON::PP->new->allow_nonref->encode("str"), " ", JSON::PP->new->encode(undef), "\n";
print JSON::PP->new->canonical->indent->encode({ k => [1] });
print JSON::PP->new->canonical->space_after->encode({ k => 1, j => 2 }), "\n";
eval { encode_json([sub { 1 }]) }; (my $e = $@) =~ s/0x[0-9a-f]+/ADDR/; print "E: $e";
eval { encode_json([\"s"]) }; print "E: $@";
eval { encode_json([bless {}, 'Obj']) }; ($e = $@) =~ s/0x[0-9a-f]+/ADDR/; print "E: $e";
print JSON::PP->new->allow_blessed->encode([bless {}, 'Obj']), "\n";
package Pt { sub new { bless { x => 1, y => 2 }, shift } sub TO_JSON { [ $_[0]{x}, $_[0]{y} ] } }
print JSON::PP->new->convert_blessed->encode([Pt->new]), "\n";
print JSON::PP::is_bool(decode_json('[true]')->[0]) ? 1 : 0, JSON::PP::is_bool(1) ? 1 : 0, "\n";
my $big = decode_json('[' . join(',', 1 .. 2000) . ']');
print scalar(@$big), " ", $big->[-1], "\n";
print length(encode_json({ map { ("k$_" => [$_, "v$_"]) } 1 .. 500 })), "\n";
