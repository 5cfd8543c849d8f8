my $n = 2;
if ($n == 1) { print "one\n" } else if ($n == 2) { print "two\n" }
