# A Unix stream socket bound to a path: the file is a socket; bind again fails.
use IO::Socket::UNIX; use Socket;
my $path = "sock.$$";
my $srv = IO::Socket::UNIX->new(Local => $path, Listen => 5) or die "listen: $!";
print "is a socket: ", (-S $path ? 'yes' : 'no'), "\n";
my $again = IO::Socket::UNIX->new(Local => $path, Listen => 5);
print "bind again: ", (defined $again ? 'ok' : $!), "\n";
my $cli = IO::Socket::UNIX->new(Peer => $path) or die "connect: $!";
my $c = $srv->accept; print $cli "over unix\n"; print "server got: ", scalar <$c>;
unlink $path;
my $none = IO::Socket::UNIX->new(Peer => $path);
print "connect to removed path: ", (defined $none ? 'ok' : $!), "\n";
