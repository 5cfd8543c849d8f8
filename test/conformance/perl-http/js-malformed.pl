# oracle:
use strict; use warnings;
# JSON::MaybeXS as on a machine without the XS backends (as ours is): hide them.
BEGIN { unshift @INC, sub { die "no XS JSON backend here\n" if $_[1] =~ m{^(?:Cpanel/)?JSON/XS\.pm$}; return } }
use JSON::MaybeXS;
use Try::Tiny;
# More malformed documents, each with JSON::PP's own message and offset.
my $deep = ('[' x 513) . (']' x 513);
my @bad = (
    $deep, '{"a":1,}', "{'a':1}", '[NaN]', '[1.]', '[-]', '[.5]', '[1e]', '["\\x"]', '["\\u12"]',
    '["\\ud800"]', '["\\udc00x"]', "[\"a\tb\"]", '{"a" 1}', '{"a":1 "b":2}', '[1 2]', '{1:2}', '   ', "\x{feff}[1]",
    '[true false]', '{"a":tru}', '[9999999999999999999999]',
);
my $pp = JSON::MaybeXS->new;
for my $text (@bad) {
    my $show = length $text > 20 ? substr($text, 0, 12) . '...' : $text;
    try { my $d = $pp->decode($text); print "ok: $show -> ", ref($d) || $d, "\n" }
    catch { print "bad: $show -> $_" };
}
my $utf8 = JSON::MaybeXS->new(utf8 => 1);
for my $bytes ("[\"\xff\"]", "[\"\xc3\x28\"]", "[\"\xe2\x82\"]") {
    try { $utf8->decode($bytes); print "ok\n" } catch { print "utf8: $_" };
}
my $relaxed = JSON::MaybeXS->new(relaxed => 1);
for my $text ("[1,2,]", "{\"a\":1,}", "[1 # comment\n]", "[1,,2]") {
    try { print "relaxed: ", join(',', @{ $relaxed->decode($text) }), "\n" } catch { print "relaxed bad: $_" };
}
try { JSON::MaybeXS->new(max_depth => 2)->decode('[[[1]]]') } catch { print "depth: $_" };
try { JSON::MaybeXS->new->max_depth(2)->encode([[[1]]]) } catch { print "encode depth: $_" };
try { JSON::MaybeXS->new->max_size(4)->decode('[1,2,3]') } catch { print "size: $_" };
try { JSON::MaybeXS->new->decode(undef) } catch { print "undef: $_" };
my ($obj, $len) = JSON::MaybeXS->new->decode_prefix('[1,2] trailing');
print "prefix: ", scalar(@$obj), " items, $len chars\n";
