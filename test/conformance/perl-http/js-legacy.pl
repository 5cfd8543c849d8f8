# oracle:
use strict; use warnings;
use JSON::MaybeXS qw(:legacy);
print to_json({ b => [1, { c => undef }], a => JSON::MaybeXS::true }, { canonical => 1, pretty => 1 });
my $d = from_json('{"x":[1,2,{"y":"z"}]}', { relaxed => 1 });
print $d->{x}[2]{y}, "\n";
my $json = JSON::MaybeXS->new({ utf8 => 1, canonical => 1 });
my $bytes = $json->encode({ name => "J\x{fc}rgen" });
print length($bytes), " ", $json->decode($bytes)->{name} eq "J\x{fc}rgen" ? "roundtrip\n" : "broken\n";
my $rel = JSON::MaybeXS->new(relaxed => 1, allow_nonref => 1);
print $rel->decode('[1,2,]')->[1], "\n";
print JSON::MaybeXS->new(canonical => 1)->encode({ num => 1, str => "1", float => 0.5, neg => -3, big => 12345678901234 }), "\n";
my $obj = bless { v => 1 }, 'Thing';
sub Thing::TO_JSON { return { thing => $_[0]{v} } }
print JSON::MaybeXS->new(convert_blessed => 1)->encode([$obj]), "\n";
eval { JSON::MaybeXS->new->encode([$obj]) }; print "blessed: ", $@ =~ s/0x[0-9a-f]+/ADDR/r;
print JSON::MaybeXS->new(allow_blessed => 1)->encode([$obj]), "\n";
