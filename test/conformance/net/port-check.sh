# oracle: net
# The guide's "port open" one-liner against a listener and against a closed port.
perl -MIO::Socket::INET -e 'my $l = IO::Socket::INET->new(LocalPort=>$ENV{PORT}, Listen=>5, ReuseAddr=>1) or die; my $s = IO::Socket::INET->new(PeerHost=>"localhost", PeerPort=>$ENV{PORT}, Proto=>"tcp", Timeout=>3) or die "$!\n"; print "Port open\n"; close $s;'
perl -MIO::Socket::INET -e 'my $s = IO::Socket::INET->new(PeerHost=>"localhost", PeerPort=>$ENV{PORT}, Proto=>"tcp", Timeout=>3) or die "$!\n"; print "Port open\n"; close $s;'
echo "status $?"
