use strict;
my $n = "varname";
my $v = eval { $$n = 1; 1 };
print "err: $@";
no strict 'refs';
$$n = 5;
print "ok $main::varname\n";
