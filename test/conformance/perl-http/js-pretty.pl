# oracle:
use strict; use warnings;
use JSON::MaybeXS;
my $data = { name => 'Perl', year => 1987, tags => ['x', { b => 2, a => 1 }], empty => {}, none => [], t => JSON::MaybeXS::true };
my $json = JSON::MaybeXS->new(pretty => 1, canonical => 1);
print $json->encode($data);
print JSON::MaybeXS->new({ canonical => 1 })->encode($data), "\n";
print JSON::MaybeXS->new(canonical => 1, indent => 1)->encode({ b => [1, 2], a => 'x' });
print JSON::MaybeXS->new(canonical => 1, space_after => 1)->encode({ b => [1, 2], a => 'x' }), "\n";
print JSON::MaybeXS->new(utf8 => 1, canonical => 1)->encode({ u => "\x{e9}" }), "|\n";
print length(JSON::MaybeXS->new(utf8 => 0)->encode(["\x{e9}"])), "\n";
print JSON::MaybeXS->new(ascii => 1)->encode(["\x{263a}\x{e9}"]), "\n";
print JSON::MaybeXS->new(latin1 => 1)->encode(["\x{263a}\x{e9}"]) eq "[\"\\u263a\x{e9}\"]" ? "latin1 ok\n" : "latin1 differs\n";
print JSON::MaybeXS->new(allow_nonref => 1)->encode("str"), "\n";
print JSON::MaybeXS->new->allow_nonref->decode('"x"'), "\n";
my $j = JSON()->new->canonical(1)->pretty;
print $j->encode({ z => { y => [] } });
print $j->get_canonical ? "canonical on\n" : "off\n";
