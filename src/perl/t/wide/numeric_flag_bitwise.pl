# A numeric string used as a number keeps a numeric flag: bitwise ops then treat it as a number.
no warnings;
use Scalar::Util qw(looks_like_number);
my $s = "12"; print length("" & $s), "\n";
my $x = $s + 0; print length("" & $s), " ", ("" | $s), "\n";
my $copy = $s; print length("" & $copy), "\n";
$s = "12"; print length("" & $s), "\n";
my $t = "1.5"; if ($t > 1) { print length("" & $t), "\n" }
my $u = "3"; my $y = $u * 1; print $u | "4", " ", "$u" eq "3" ? "str ok" : "str changed", "\n";
print looks_like_number($u) ? "num" : "not", " ", looks_like_number($t) ? "num" : "not", "\n";
my $v = "007"; if ($v == 7) { print "eq $v\n" } print $v . "x", " ", uc($v), " ", ref(\$v), "\n";
my %h = ($v => 1); print join(",", keys %h), "\n";
$v++; print "$v\n";
my @arr = ("10", "9"); my $sum = $arr[0] + $arr[1]; print length("" & $arr[0]), " $sum\n";
my @srt = ("10", "9", "100"); my @o = sort { $a <=> $b } @srt; print "@o ", length("" & $srt[1]), "\n";
my @v = ("3", "4"); my $tot = 0; $tot += $_ for @v; print length("" & $v[0]), " $tot\n"; my $q = "7"; $q .= "1"; print length("" & $q), "\n";
