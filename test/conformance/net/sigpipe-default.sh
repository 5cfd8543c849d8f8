# oracle: net
# Without a handler, SIGPIPE kills the writer: bash reports status 141.
perl -e 'use IO::Socket::INET; my $l = IO::Socket::INET->new(LocalPort=>$ENV{PORT}, Listen=>5, ReuseAddr=>1) or die; my $c = IO::Socket::INET->new("127.0.0.1:$ENV{PORT}") or die; my $a = $l->accept; close $a; select(undef,undef,undef,0.1); syswrite($c, "x"); select(undef,undef,undef,0.1); syswrite($c, "y"); print "not reached\n";'
echo "status $?"
