use JSON::PP;
binmode STDOUT, ":utf8";
my $j = JSON::PP->new->canonical;
print $j->encode({ "k\"q" => "v\\s", "nl\n" => "\t\r\b\f\x01\x1f", "slash" => "/", "del" => "\x7f", "u" => "\x{2028}\x{2029}" }), "\n";
print $j->escape_slash->encode(["/a/b"]), "\n";
print $j->encode([undef, [undef], { n => undef }]), "\n";
my %h = (b => 2, a => 1, c => 3);
my $nc = JSON::PP->new->encode(\%h);
print "noncanon keys: ", join(',', sort keys %{decode_json($nc)}), "\n";
print $j->encode([\%h, \%h]), "\n";
my $cyc = []; push @$cyc, $cyc;
eval { JSON::PP->new->encode($cyc) }; print "E: $@";
print JSON::PP->new->canonical->allow_unknown->encode([sub { 1 }, \*STDOUT]), "\n";
eval { JSON::PP->new->encode([\*STDOUT]) }; (my $e = $@) =~ s/0x[0-9a-f]+/ADDR/; print "E: $e";
print JSON::PP->new->canonical->encode({ map { $_ => $_ } 1 .. 12 }), "\n";

