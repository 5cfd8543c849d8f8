my $ar = [1];
my $hr = {};
my $sr = \1;
eval { my $x = $ar->{a} }; print "1: $@";
eval { my @x = @$hr }; print "2: $@";
eval { $hr->() }; print "3: $@";
eval { my $x = $$ar }; print "4: $@";
eval { my %x = %$sr }; print "5: $@";
eval { my $c = \&nope; my $x = ${$c} }; print "6: $@";
