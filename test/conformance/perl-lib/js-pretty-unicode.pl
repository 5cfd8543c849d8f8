use JSON::PP;
binmode STDOUT;
my $d = { "caf\x{e9}" => [ "\x{263a}", { "\x{e9}t\x{e9}" => 1 } ], ascii => "plain", n => [ 1, -2.5, "3" ] };
print JSON::PP->new->utf8->canonical->pretty->encode($d);
print JSON::PP->new->ascii->canonical->pretty->encode($d);
print JSON::PP->new->latin1->canonical->encode($d), "\n";
my $back = JSON::PP->new->utf8->decode(JSON::PP->new->utf8->canonical->encode($d));
print join(',', map { sprintf '%vx', $_ } sort keys %$back), "\n";
