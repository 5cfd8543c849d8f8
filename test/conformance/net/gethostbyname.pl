# The old resolver calls.
use Socket;
my @h = gethostbyname('localhost');
print "name $h[0] addrtype $h[2] length $h[3] addr ", inet_ntoa($h[4]), "\n";
my @s = getservbyname('http', 'tcp'); print "service $s[0] port $s[2] proto $s[3]\n";
my @p = getprotobyname('udp'); print "proto $p[0] number $p[2]\n";
my $name = gethostbyaddr(inet_aton('127.0.0.1'), AF_INET); print "reverse ", (defined $name ? $name : 'undef'), "\n";
print "unknown: ", (defined scalar(gethostbyname('no.such.host.invalid')) ? 'found' : 'undef'), "\n";
