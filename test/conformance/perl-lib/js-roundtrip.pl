use JSON::PP;
my $text = '{"users":[{"name":"Ann","age":31,"tags":["a","b"],"admin":true},{"name":"Bob","age":null,"tags":[],"admin":false}],"count":2,"ratio":0.75}';
my $d = decode_json($text);
my $j = JSON::PP->new->canonical->pretty;
print $j->encode($d);
print JSON::PP->new->canonical->encode($d), "\n";
for my $u (@{ $d->{users} }) { printf "%s %s %s %d\n", $u->{name}, $u->{age} // 'n/a', ($u->{admin} ? 'admin' : 'user'), scalar @{ $u->{tags} } }
my $j2 = JSON::PP->new->canonical->utf8->pretty;
my $out = $j2->encode({ s => "\x{e9}" });
print length($out), "\n";
print $j2->decode($out)->{s} eq "\x{e9}" ? "round ok\n" : "bad\n";
my $x = JSON::PP->new; $x->canonical(1); $x->pretty(1); $x->pretty(0);
print $x->encode({ b => 1, a => [2] }), "\n";
