# bash's kill on a finished job's pid, and on a pid that is not a number.
sleep 0 & p=$!; wait $p
kill "$p" 2>&1 | sed "s/$p/PID/"; echo "status ${PIPESTATUS[0]}"
kill -0 "$p" 2>/dev/null; echo "kill -0: $?"
kill abc; echo "status $?"
kill; echo "no args: $?"
/bin/kill "$p" 2>&1 | sed "s/$p/PID/"; echo "/bin/kill status ${PIPESTATUS[0]}"
