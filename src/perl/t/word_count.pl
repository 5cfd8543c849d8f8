my $text = "the cat and the hat and the bat";
my %count;
$count{$_}++ for split ' ', $text;
for my $w (sort { $count{$b} <=> $count{$a} || $a cmp $b } keys %count) {
  printf "%-4s %d\n", $w, $count{$w};
}
