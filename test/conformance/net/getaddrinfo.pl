# getaddrinfo / getnameinfo and their errors.
use Socket qw(:addrinfo SOCK_STREAM);
my ($err, @res) = getaddrinfo('localhost', 'http', { socktype => SOCK_STREAM });
print "err: [", ($err ? "$err" : ''), "] results: ", scalar(@res), "\n";
my ($e2, $host, $serv) = getnameinfo($res[0]{addr}, NI_NUMERICHOST | NI_NUMERICSERV);
print "numeric: $host $serv\n";
my ($e3) = getaddrinfo('no.such.host.invalid', 80);
print "unknown: $e3\n";
print "is EAI_NONAME: ", ($e3 == EAI_NONAME ? 'yes' : 'no'), "\n";
