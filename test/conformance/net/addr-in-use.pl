# oracle: net
# A second listener on the same port fails with EADDRINUSE, with or without ReuseAddr.
use IO::Socket::INET;
my $a = IO::Socket::INET->new(LocalPort => $ENV{PORT}, Listen => 5, ReuseAddr => 1) or die "first: $!\n";
my $b = IO::Socket::INET->new(LocalPort => $ENV{PORT}, Listen => 5) ;
print defined $b ? "second bound\n" : "second: [$!] [$@]\n";
my $c = IO::Socket::INET->new(LocalPort => $ENV{PORT}, Listen => 5, ReuseAddr => 1);
print defined $c ? "third bound\n" : "third: [$!] [$@]\n";
