# oracle: net
# Timeout on a listener makes accept give up: undef, ETIMEDOUT, and $@ says why.
use IO::Socket::INET; use Time::HiRes qw(time);
my $l = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $ENV{PORT}, Listen => 5, ReuseAddr => 1, Timeout => 1) or die;
print "timeout: ", $l->timeout, "\n";
my $t = time; my $a = $l->accept; my $dt = time - $t;
print "accept: ", (defined $a ? 'connection' : "undef [$!] [$@]"), "\n";
print "waited about a second: ", ($dt >= 0.9 && $dt < 3 ? 'yes' : "no ($dt)"), "\n";
my $c = IO::Socket::INET->new("127.0.0.1:$ENV{PORT}") or die;
$a = $l->accept; print "with a client: ", (defined $a ? 'connection' : 'undef'), "\n";
