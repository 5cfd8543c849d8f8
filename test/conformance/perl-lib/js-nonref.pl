use JSON::PP;
$SIG{__WARN__} = sub { print "warn: $_[0]" };
my $j = JSON::PP->new->allow_nonref;
print $j->encode($_), "\n" for 'str', 42, 1.5, undef, -0.5, "10", "";
print join('|', map { my $v = $j->decode($_); defined $v ? $v : 'undef' } '"s"', '12', '-1.25', 'null', 'true', 'false', ' 7 '), "\n";
my $strict = JSON::PP->new->allow_nonref(0);
for my $v ('str', 5) { eval { $strict->encode($v) }; print "E: $@" }
for my $t ('"s"', '12', 'null') { eval { $strict->decode($t) }; print "E: $@" }
print "default nonref: ", (JSON::PP->new->get_allow_nonref ? 1 : 0), "\n";
print encode_json(\"no"), "\n" if 0;
print JSON::PP->new->encode("x"), "\n";
print decode_json('"top"'), "\n";
