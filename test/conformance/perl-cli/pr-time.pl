# time is an integer; $^T is the start time; sleep moves time forward.
my $t = time;
print "integer: ", ($t =~ /^\d+$/ ? "yes" : "no"), "\n";
print "after start: ", ($t >= $^T ? "yes" : "no"), "\n";
print "recent: ", ($t > 1_600_000_000 ? "yes" : "no"), "\n";
sleep 2;
my $d = time - $t;
print "slept: ", ($d >= 2 && $d <= 3 ? "yes" : "no"), "\n";
