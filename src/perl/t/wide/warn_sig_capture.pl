use warnings;
my @w;
local $SIG{__WARN__} = sub { push @w, $_[0] };
my $x;
my $s = "a" . $x;
warn "custom\n";
warn "no newline";
print scalar(@w), "\n";
print "W: $_" for @w;
