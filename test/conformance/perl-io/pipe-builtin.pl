# pipe(): a reader and a writer handle, shared with a child.
pipe(my $r, my $w) or die "pipe: $!";
print "filenos: ", fileno($r), " ", fileno($w), "\n";
my $pid = fork // die;
if ($pid == 0) {
  close $r;
  print $w "from child $_\n" for 1 .. 3;
  close $w;
  exit 7;
}
close $w;
my @got = <$r>;
close $r;
waitpid $pid, 0;
print "parent read ", scalar(@got), ":\n", @got;
print "child exit: ", $? >> 8, "\n";
pipe(R2, W2) or die;
print W2 "same process\n";
close W2;
print "read back: ", scalar(<R2>);
print "then eof: ", (eof(R2) ? 1 : 0), "\n";
