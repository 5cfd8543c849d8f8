# oracle:
use JSON::MaybeXS qw(encode_json decode_json);

my $json = encode_json({ name => 'Perl', year => 1987 });
my $data = decode_json($json);
print $data->{name}, "\n";    # Perl
print JSON::MaybeXS->new(pretty => 1, canonical => 1)->encode($data);
my $flags = decode_json('{"on":true,"off":false}');
print ref $flags->{on}, " ", ($flags->{on} ? 'true' : 'false'), " ", $flags->{on} + 0, " ", ($flags->{off} ? 'true' : 'false'), " [", $flags->{off} . '', "]\n";
print encode_json([JSON::MaybeXS::true, JSON::MaybeXS::false, \1, \0]), "\n";
print JSON::MaybeXS::true eq '1' ? "true eq 1\n" : "true ne 1\n";
