# wait reaps children one at a time; each $? carries that child's exit code.
my %code;
for my $n (1 .. 3) { my $pid = fork; if (!$pid) { sleep $n; exit 10 + $n } $code{$pid} = 10 + $n }
my @seen;
while ((my $pid = wait) != -1) { push @seen, ($code{$pid} == $? >> 8 ? "ok" : "bad") . " " . ($? >> 8) }
print join(", ", @seen), "\n";
print "then: ", wait, "\n";
