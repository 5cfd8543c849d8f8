# open with '-|' and no command forks: the child's STDOUT is the pipe.
my $pid = open(my $fh, '-|') // die "fork: $!";
if ($pid == 0) {
  print "child line 1\n";
  print "child line 2\n";
  exit 4;
}
my @l = <$fh>;
print "parent got: ", scalar(@l), "\n", @l;
close $fh;
print "status: ", $? >> 8, "\n";
$pid = open(my $to, '|-') // die;
if ($pid == 0) {
  while (<STDIN>) { print "kid read: $_" }
  exit 0;
}
print $to "ping\n";
close $to;
print "child done: $?\n";
