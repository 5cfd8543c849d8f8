# oracle: net
# bash's /dev/tcp both ways with a perl echo server, /dev/udp to a perl listener, an unknown service.
perl -MIO::Socket::INET -e '$l = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $ENV{PORT}, Listen => 5, ReuseAddr => 1) or die; $c = $l->accept; while (<$c>) { print $c "echo: $_" }' &
sleep 0.5
exec 3<>/dev/tcp/127.0.0.1/$PORT; echo "open status $?"
echo hello >&3
read -r line <&3; echo "got: $line"
exec 3>&-
wait; echo "server exit $?"
perl -MIO::Socket::INET -e '$s = IO::Socket::INET->new(LocalAddr => "127.0.0.1", LocalPort => $ENV{PORT} + 1, Proto => "udp") or die; $s->recv($d, 100); print "udp got: $d"' &
sleep 0.5
echo datagram > /dev/udp/127.0.0.1/$((PORT + 1)); echo "udp status $?"
wait
exec 4</dev/tcp/127.0.0.1/nosuchsvc; echo "bad service status $?"
exec 4</dev/tcp/127.0.0.1/99999; echo "bad port status $?"
