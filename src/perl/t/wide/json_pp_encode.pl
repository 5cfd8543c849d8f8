use JSON::PP;
my $js = JSON::PP->new->canonical(1);
print $js->encode({ b => 1, a => [1, "2", 3.5, undef], c => { t => JSON::PP::true, f => JSON::PP::false } }), "\n";
print $js->pretty->encode({ list => [1, 2], name => "x" });
print encode_json([ "quote\"", "nl\n", "tab\t", "uni\x{263a}" ]), "\n";
my $n = 5; my $s = "5"; my $m = "7"; my $mm = $m + 0;
print $js->indent(0)->space_after(0)->encode([$n, $s, $m, $mm]), "\n";
