(exec -a sh bash -c 'echo "$SHELLOPTS"; set -o | grep "^posix"; echo "$0"; nosuch')
echo "status $?"
(exec -a myname bash -c 'echo "$0"')
