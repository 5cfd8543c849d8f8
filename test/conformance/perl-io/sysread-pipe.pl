# sysread on a pipe returns what is there; 0 at EOF.
pipe(my $r, my $w) or die;
my $pid = fork // die;
if (!$pid) { close $r; syswrite $w, "first"; sleep 1; syswrite $w, "second"; exit 0 }
close $w;
my @got;
while (1) {
  my $n = sysread $r, my $buf, 100;
  die "read: $!" unless defined $n;
  push @got, "$n:$buf";
  last if $n == 0;
}
waitpid $pid, 0;
print join(' ', @got), "\n";
