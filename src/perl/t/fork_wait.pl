my $pid = fork();
die "fork failed" unless defined $pid;
if ($pid == 0) { print "in child\n"; exit 7; }
waitpid($pid, 0);
print "child exited with ", $? >> 8, "\n";
my @kids;
for my $n (1..3) { my $p = fork(); if (!$p) { exit $n } push @kids, $p }
my $sum = 0;
for (@kids) { waitpid($_, 0); $sum += $? >> 8 }
print "sum $sum\n";
print "no more: ", wait(), "\n";
