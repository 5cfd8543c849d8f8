# More warnings: readline on unopened, -X on unopened handle, close on unopened, tell.
use warnings;
no warnings "once";
my $l = <NOPE>;
my $e = -e NOPE2;
print "tell unopened: ", tell(NOPE3), "\n";
print "eof unopened: ", (eof(NOPE4) ? 1 : 0), "\n";
my $r = seek(NOPE5, 0, 0);
print "seek unopened: ", ($r ? 1 : 0), "\n";
print "done\n";
