# oracle: net
# A forked echo server and a client: lines go both ways, EOF ends it.
use strict; use warnings; use IO::Socket::INET;
my $port = $ENV{PORT};
my $srv = IO::Socket::INET->new(LocalPort => $port, Proto => 'tcp', Listen => 5, ReuseAddr => 1) or die "server: $!\n";
my $pid = fork // die "fork: $!";
if ($pid == 0) {
    my $c = $srv->accept or die "accept: $!";
    print $c "Welcome\n";
    while (my $l = <$c>) { chomp $l; last if $l eq 'quit'; print $c "Echo: $l\n"; }
    close $c; exit 0;
}
close $srv;
my $s = IO::Socket::INET->new(PeerHost => 'localhost', PeerPort => $port, Proto => 'tcp') or die "client: $!\n";
print "got: ", scalar <$s>;
for my $w (qw(hello world)) { print $s "$w\n"; print "got: ", scalar <$s>; }
print $s "quit\n";
my $rest = <$s>;
print defined $rest ? "more: $rest" : "eof\n";
waitpid $pid, 0; print "child status: $?\n";
