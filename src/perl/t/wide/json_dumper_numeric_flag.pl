use JSON::PP; use Data::Dumper; $Data::Dumper::Indent = 0;
no warnings;
my $s = "12"; my $x = $s + 0; print encode_json([$s]), "\n";
my @v = ("12","abc","1.50","12abc"," 12","1e3","0x10","-0","007", "3.0", "", "1.5", "-3", "99999999999", "1234567890");
my @u = map { my $x = $_; $x } @v; for (@u) { my $t = $_ + 0 }
print encode_json(\@u), "\n"; print Dumper(\@u), "\n";
my @w = map { my $x = $_; $x } @v; for (@w) { my $t = $_ == 1.5 }
print encode_json(\@w), "\n"; print Dumper(\@w), "\n";
my @z = map { my $x = $_; $x } @v; print encode_json(\@z), "\n"; print Dumper(\@z), "\n";
my $i = 5; my $str = "$i"; print encode_json([$i, $str]), "\n";
my $copy = $s; print encode_json([$copy]), " ", Dumper($copy), "\n";
$s = "13"; print encode_json([$s]), "\n";
print Dumper($s, 12, "12", 1.5, -3, "-3"), "\n";
