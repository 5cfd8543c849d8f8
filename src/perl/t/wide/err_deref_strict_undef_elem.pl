use strict;
my %h;
my $n = @{ $h{list} || [] };
print "$n\n";
eval { my @x = @{ $h{missing} } };
print "1: $@";
eval { my $v = ${ $h{sc} } };
print "2: $@";
for my $x (@{ $h{auto} }) { }
print exists $h{auto} ? "autoviv\n" : "none\n";
