use JSON::PP;
my $d = decode_json('{"a":[1,2,{"b":null}],"c":"str","t":true,"f":false,"n":-1.5e2}');
print join(",", sort keys %$d), "\n";
print scalar(@{ $d->{a} }), " ", defined $d->{a}[2]{b} ? "def" : "undef", " $d->{c} $d->{n}\n";
print $d->{t} ? "true" : "false", " ", $d->{f} ? "true" : "false", " ", ref($d->{t}), "\n";
my $r = eval { decode_json('{"bad":}'); 1 };
print $r ? "parsed\n" : "error: " . ($@ =~ /^(.{0,40})/)[0] . "\n";
my $rt = JSON::PP->new->canonical->encode(decode_json('{"z":1,"y":[true,false]}'));
print "$rt\n";
