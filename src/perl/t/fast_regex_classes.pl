# character classes under byte and Unicode rules, repeated matches
my @subjects = ("caf\xe9", "caf\xe9\x{100}", "abc\x{663}\x{664}x", "A1b2\xb2", "  x y\t");
for my $s (@subjects) {
  my @w = $s =~ /(\w+)/g;
  my @d = $s =~ /(\d+)/g;
  my @n = $s =~ /([^a-z]+)/g;
  my @i = $s =~ /([A-C]+)/ig;
  my @p = $s =~ /([[:alpha:]]+)/g;
  print join("|", map { length } @w), " ; ", join("|", map { length } @d), " ; ", scalar(@n), " ; ", join("|", @i), " ; ", scalar(@p), "\n";
}
for my $i (1 .. 5) {
  my ($num) = "item$i$i" =~ /^item(\d+)$/;
  my ($none) = "item" =~ /^item(\d+)$/;
  print $num, defined $none ? "?" : "-";
}
print "\n";
my $t = "a1b22c333";
while ($t =~ /(\d+)/g) { print pos($t), ":", $1, " " }
print "\n";
print join(",", "x=1,y=22" =~ /(\w)=(\d+)/g), "\n";
print "K" =~ /[k]/i ? "fold\n" : "nofold\n";
print "\x{212A}" =~ /k/i ? "kelvin\n" : "nokelvin\n";
print "\xe9" =~ /\xc9/i ? "latin fold\n" : "no latin fold\n";
print "\xe9\x{100}" =~ /\xc9/i ? "uni fold\n" : "no uni fold\n";
my $re = qr/(\d+)-(\d+)/;
for my $s ("1-2", "33-44", "x") { print $s =~ $re ? "$1+$2 " : "no " }
print "\n";
(my $c = "a1b2") =~ s/(\d)/<$1>/g;
print "$c\n";
