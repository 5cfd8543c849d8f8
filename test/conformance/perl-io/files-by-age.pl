# Sorting files by -M and -s; unlink a glob.
my $t = $^T;
my %age = (old => 5, mid => 2, new => 0);
for my $f (keys %age) {
  open my $w, '>', "$f.log" or die; print $w 'x' x (10 * $age{$f}); close $w;
  utime $t - $age{$f} * 86400, $t - $age{$f} * 86400, "$f.log";
}
print "newest first: ", join(' ', sort { -M $a <=> -M $b } glob '*.log'), "\n";
print "largest first: ", join(' ', sort { -s $b <=> -s $a } glob '*.log'), "\n";
print "older than 1 day: ", join(' ', grep { -M $_ > 1 } sort glob '*.log'), "\n";
print "unlinked: ", unlink(glob '*.log'), "\n";
print "left: ", scalar(my @x = glob '*.log'), "\n";
