# exec with shell metacharacters goes through /bin/sh -c.
exec 'echo piped | tr a-z A-Z; echo "$((6*7))" > out.txt; cat out.txt';
