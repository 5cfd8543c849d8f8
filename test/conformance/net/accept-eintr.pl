# oracle: net
# An alarm interrupts a blocking accept; the handler runs and accept returns undef with EINTR.
use IO::Socket::INET;
my $l = IO::Socket::INET->new(LocalPort => $ENV{PORT}, Listen => 5, ReuseAddr => 1) or die;
$SIG{ALRM} = sub { print "alarm\n" };
alarm 1;
my $c = $l->accept;
print defined $c ? "accepted\n" : "accept: $!\n";
