# A format inside a sub sees the lexicals of the running call; one at file
# level sees file lexicals; a `my` in a loop is seen as the loop leaves it.
sub report {
  my ($who, $n) = @_;
  format INNER =
@<<<<<<<< has @##
$who,         $n
.
  $~ = "INNER";
  write;
}
report("alice", 3);
report("bob", 12);
my @queue = qw(one two three four five);
format QUEUE =
~~ item: @<<<<<
   shift @queue
.
$~ = "QUEUE";
write;
print "queue left: ", scalar(@queue), "\n";
for my $i (1 .. 2) {
  my $sq = $i * $i;
  formline("@> squared is @>>\n", $i, $sq);
}
print $^A;
