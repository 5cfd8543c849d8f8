use strict;
my $ok = 1;
$count = 2;
@list = (1);
%map = ();
print "$ok\n";
