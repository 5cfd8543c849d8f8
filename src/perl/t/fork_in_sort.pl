my ($forked, $child) = (0, 0);
sub cmp_and_fork {
  if (!$forked++) { my $pid = fork(); die "fork: $!" unless defined $pid; $child = $pid ? $pid : -1; }
  return $_[0] <=> $_[1];
}
my @out;
for my $round (1..2) {
  my @s = sort { cmp_and_fork($a, $b) } (5, 3, 9, 1);
  push @out, "round $round: @s";
}
if ($child == -1) { print "child: $_\n" for @out; exit 0; }
waitpid($child, 0);
print "parent: $_\n" for @out;
print "child status: $?\n";
