# oracle: net
# select with a timeout and nothing to read returns 0 after the timeout.
use IO::Socket::INET; use IO::Select; use Time::HiRes qw(time);
my $l = IO::Socket::INET->new(LocalPort => $ENV{PORT}, Listen => 5, ReuseAddr => 1) or die;
my $sel = IO::Select->new($l);
my $t = time; my @r = $sel->can_read(0.5); my $dt = time - $t;
print "ready: ", scalar(@r), "\n";
print "waited about half a second: ", ($dt >= 0.45 && $dt < 2 ? 'yes' : "no ($dt)"), "\n";
my $c = IO::Socket::INET->new("127.0.0.1:$ENV{PORT}") or die;
@r = $sel->can_read(1); print "after connect: ", scalar(@r), " ready, is listener: ", ($r[0] == $l ? 'yes' : 'no'), "\n";
