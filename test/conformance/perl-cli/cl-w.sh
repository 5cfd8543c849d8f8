# -w turns warnings on everywhere; without it these are silent.
perl -w -e 'my $x; print $x + 1, "\n"' 2>&1
perl -e 'my $x; print $x + 1, "\n"' 2>&1
perl -w -e 'print "ok\n"; my @a = (1); my $y = @a[0];' 2>&1
perl -we '$n = "3abc" + 1; print "$n\n"' 2>&1
perl -w -e 'print "$^W\n"'
