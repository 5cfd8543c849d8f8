# trap: handlers, listing, reset, ignore, EXIT.
trap 'echo "got USR1"' USR1
trap 'echo "bye from EXIT"' EXIT
kill -USR1 $$
trap -p USR1
trap
trap - USR1
trap -p USR1; echo "after reset: $?"
trap '' TERM
kill -TERM $$; echo "TERM ignored"
trap -p TERM
trap 'echo "got HUP"' 1
kill -1 $$
trap -l | head -n 2
