# oracle:
use strict; use warnings;
use JSON::MaybeXS qw(encode_json decode_json);
my $json = encode_json({ name => 'Perl' });
print "$json\n";
my $data = decode_json('{"name":"Perl","year":1987,"tags":["a","b"],"n":null,"t":true,"f":false,"x":1.5e3}');
print $data->{name}, "\n";    # Perl
print join(',', map { "$_=" . (defined $data->{$_} ? (ref $data->{$_} eq 'ARRAY' ? "[@{$data->{$_}}]" : $data->{$_}) : 'undef') } sort keys %$data), "\n";
print ref $data->{t}, " ", ($data->{t} ? 'true' : 'false'), " ", ($data->{f} ? 'true' : 'false'), " ", $data->{f} + 0, "\n";
my $class = JSON::MaybeXS::JSON; print "$class ", JSON::MaybeXS::JSON(), " $JSON::MaybeXS::JSON_Class\n";
print ref(JSON::MaybeXS->new), " ", ref(JSON::MaybeXS::JSON()->new), "\n";
print encode_json([1, "2", 3.5, -0.25, "x\ty\"\\/", undef, \1, \0, JSON::MaybeXS::true, JSON::MaybeXS::false]), "\n";
print encode_json({ u => "\x{263a}\x{e9}" }), "\n";
my $n = 10; my $s = "$n";
print encode_json([$n, $s, "10" + 0, 1e20, 0.1 + 0.2]), "\n";
print defined &main::is_bool ? "is_bool imported\n" : "is_bool not imported\n";
