# $^O, $^X and how the version variables read.
print "os: $^O\n";
print "perl: $^X\n";
print "version: $]\n";
printf "vd: %vd\n", $^V;
print "v: $^V\n";
print "compare: ", ($] >= 5.010 ? "new" : "old"), " ", ($^V ge v5.10.0 ? "new" : "old"), "\n";
