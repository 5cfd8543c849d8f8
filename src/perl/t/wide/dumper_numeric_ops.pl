use Data::Dumper; $Data::Dumper::Indent = 0; use JSON::PP;
my @ops = (sub { $_[0] / 1 }, sub { $_[0] % 2 }, sub { $_[0] ** 2 }, sub { $_[0] <=> 1 }, sub { $_[0] > 5 }, sub { $_[0] - 1.5 }, sub { 2 * $_[0] }, sub { $_[0] == 12 });
my $i = 0;
for my $op (@ops) { my $s = "12"; $op->($s); my $t = "8"; $op->($t); print $i++, " ", Dumper($s, $t), " ", encode_json([$s, $t]), "\n"; }
my $u = "12"; $u += 1; print Dumper($u), "\n";
my $v = "12"; my $w = $v; $w += 0; print Dumper($v, $w), "\n";
my $x = "10"; $x++; print Dumper($x), "\n";
my %h = (a => "5"); $h{a} + 1; print Dumper(\%h), "\n";
for my $s ("09", "99", "0", "a9", "Az", "zz", "1.5", "-3", " 7", "007") { my $c = $s; $c++; print Dumper($c), " "; } print "\n";
my $big = "99999999999999999999"; $big++; print "$big\n";
