use JSON::PP;
my $d = { name => 'x', list => [1, [2, [3, []]], {}], obj => { a => { b => { c => undef } } }, t => JSON::PP::true, f => JSON::PP::false, e => '' };
print JSON::PP->new->canonical->pretty->encode($d);
print JSON::PP->new->canonical->pretty->encode([]), JSON::PP->new->canonical->pretty->encode({});
print JSON::PP->new->canonical->pretty->encode([{}, [], [{}]]);
print JSON::PP->new->canonical(1)->encode($d), "\n";
print JSON::PP->new->pretty->canonical->encode({ 10 => 1, 9 => 2, B => 3, a => 4, '' => 5 });
