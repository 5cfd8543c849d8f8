# oracle: net
# bash's own /dev/tcp and /dev/udp: a refused TCP connect, a UDP send with nobody listening.
exec 3<>/dev/tcp/127.0.0.1/$PORT; echo "tcp status $?"
echo ping > /dev/udp/127.0.0.1/$PORT; echo "udp status $?"
