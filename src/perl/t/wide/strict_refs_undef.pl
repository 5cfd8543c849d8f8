use strict;
my $r;
eval { my @a = @$r; 1 } or print "rv: $@";
eval { my %h = %$r; 1 } or print "rv: $@";
eval { my $x = $$r; 1 } or print "rv: $@";
push @$r, 1;
print "autoviv: ", ref $r, " @$r\n";
