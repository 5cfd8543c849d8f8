# oracle:
use strict; use warnings;
use JSON::MaybeXS qw(:all);
use Try::Tiny;
for my $text ('{"a":1', 'xyz', '[1,2,]', '{"a":1}junk', '', '{a:1}', '"unterminated', '[1] [2]', "{\"a\":\"\x01\"}", '{"a":01}', 'nul', '[tru]') {
    try { my $d = decode_json($text); print "ok: ", ref $d, "\n" }
    catch { print "error: $_" };
}
try { encode_json("plain") } catch { print "encode: $_" };
try { encode_json({ code => sub { 1 } }) } catch { s/0x[0-9a-f]+/ADDR/; print "encode: $_" };
try { encode_json([\"str"]) } catch { print "encode: $_" };
try { JSON::MaybeXS->new(nosuch => 1) } catch { s/ at .* line \d+\.?\n//; print "new: $_\n" };
print is_bool(JSON::MaybeXS::true) ? 1 : 0, is_bool(1) ? 1 : 0, is_bool(decode_json('[false]')->[0]) ? 1 : 0, "\n";
try { JSON::MaybeXS->is_bool(1) } catch { print "is_bool: ", (split / at /)[0], "\n" };
use JSON::MaybeXS qw(to_json from_json);
print to_json({ b => 1, a => [2] }, { canonical => 1 }), "\n";
print from_json('{"k":"v"}')->{k}, "\n";
try { JSON::MaybeXS->to_json({}) } catch { print "to_json: ", (split / at /)[0], "\n" };
