# oracle: net
# A raw HTTP request over a socket to a tiny forked server: the reply as bytes.
use IO::Socket::INET;
my $port = $ENV{PORT};
my $l = IO::Socket::INET->new(LocalPort => $port, Listen => 5, ReuseAddr => 1) or die;
my $pid = fork // die;
if (!$pid) {
    my $c = $l->accept; my $req = '';
    while (<$c>) { $req .= $_; last if /^\r?\n$/ }
    my ($line) = split /\r\n/, $req;
    my $body = "you asked for $line\n";
    print $c "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " . length($body) . "\r\n\r\n$body";
    close $c; exit 0;
}
my $s = IO::Socket::INET->new(PeerHost => 'localhost', PeerPort => $port, Proto => 'tcp') or die $!;
print $s "GET / HTTP/1.0\r\nHost: localhost\r\n\r\n";
while (<$s>) { s/\r/\\r/; print }
waitpid $pid, 0;
