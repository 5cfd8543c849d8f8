# oracle:
use strict; use warnings;
binmode STDOUT, ":utf8";
use Mojo::JSON qw(encode_json decode_json j to_json from_json true false);
print encode_json({ b => [1, "2", 3.5, undef, \1, \0, true, false], a => "x/y</\x{2028}\x{e9}\t\x01" }), "\n";
my $n = 3; my $s = "$n"; my $str = "12"; my $num = $str + 0;
print encode_json([$n, $s, $str, $num, "10" + 0, 1e20, 0.5, -1, "abc", "1e3"]), "\n";
print j([1]), "|", j("[2]")->[0], "|", (defined j("[1,]") ? 'def' : 'undef'), "\n";
print length(to_json(["\x{e9}"])), " ", length(encode_json(["\x{e9}"])), "\n";
for my $t ('{bad', '[1,]', '', '{"a" 1}', '{"a":1', '[1 2]', '"abc', '[1] x', "[\n1,\n  x]", 'nul', '{"a":"\u00e9\ud83d\ude00"}', '[-0.5e2, 1E3, 0]', '"\x"', "\"a\tb\"") {
    my $r = eval { decode_json($t) };
    if ($@) { print "E: $@" } else { print "ok: ", to_json($r), "\n" }
}
print ref(decode_json('[true]')->[0]), " ", (decode_json('[false]')->[0] ? 1 : 0), "\n";
print from_json("[\"\x{263a}\"]")->[0] eq "\x{263a}" ? "from_json chars\n" : "differs\n";
