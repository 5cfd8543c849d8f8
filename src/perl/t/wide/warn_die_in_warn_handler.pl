use warnings;
local $SIG{__WARN__} = sub { die "fatal: $_[0]" };
my $r = eval { warn "inner\n"; 1 };
print "caught $@";
