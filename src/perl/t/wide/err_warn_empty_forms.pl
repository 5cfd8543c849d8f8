warn;
$@ = "held\n";
warn;
$@ = "";
warn "";
warn "a", "b", "\n";
my @l = ();
warn @l;
print "done\n";
