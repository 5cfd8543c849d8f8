my @p = eval { split /(?R)x|a/, "bab" }; print "err: $@";
my @q = split /(?:a|b)+?c?/, "xaabyybz"; print join("|", @q), "\n";
my $long = ("a" x 3000) . ",b"; my @r = split /,/, $long; print scalar(@r), " ", length($r[0]), "\n";
my @s = split /(a+)+$/, ("a" x 10) . "b"; print scalar(@s), "\n";
print "done\n";
