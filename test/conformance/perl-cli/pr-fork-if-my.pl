# The fork idiom as a script's last statement: the pid declared in the if is seen in both branches.
$| = 1;
sub kind { if (my $n = shift) { "nonzero $n" } elsif (defined(my $m = shift)) { "second $m" } else { "neither" } }
print kind(3), "; ", kind(0, 7), "; ", kind(0), "\n";
if (my $pid = fork) {
  waitpid $pid, 0;
  print "parent: child pid is a number: ", ($pid =~ /^\d+$/ ? "yes" : "no"), ", status ", $? >> 8, "\n";
} else {
  print "child: fork gave ", (defined $pid ? "'$pid'" : 'undef'), "\n";
  exit 6;
}
