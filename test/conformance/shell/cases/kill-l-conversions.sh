# kill -l turns numbers (and exit statuses 128+N) into names and names into numbers.
kill -l 0 9 137 34 35 50 64
kill -l hup SIGTERM rtmin RTMIN+3 SIGRTMAX-1 EXIT
kill -l 65; echo "status $?"
kill -l NOSUCH; echo "status $?"
trap -l | head -n 2
