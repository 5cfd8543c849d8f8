eval "use 5.010; 1" and print "5.010 ok\n";
eval "use 7.0; 1" or print "E: ", ($@ =~ /^(Perl v7\.0\.0 required[^-]*)/)[0], "\n";
eval { require 5.006 } and print "require ok\n";
print "$]\n";
printf "%vd\n", $^V;
