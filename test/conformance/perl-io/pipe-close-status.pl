# close of a piped open waits for the child; $? holds its status.
for my $code (0, 1, 7, 255) {
  open my $p, '-|', 'sh', '-c', "exit $code" or die;
  my @x = <$p>;
  my $r = close $p;
  printf "exit %d: close=%s \$?=%d >>8=%d \$!=%d\n", $code, ($r ? 1 : 0), $?, $? >> 8, $! + 0;
}
open my $p, '-|', 'kill -TERM $$' or die;
my @x = <$p>;
close $p;
printf "signal: \$?=%d sig=%d\n", $?, $? & 127;
open $p, '|-', 'cat >/dev/null' or die;
print $p "data\n";
printf "to-pipe close: %d \$?=%d\n", (close($p) ? 1 : 0), $?;
