# wait: no children, an unknown pid, wait -n order, the status of the last job.
wait; echo "no children: $?"
wait 999999; echo "unknown pid: $?"
( sleep 0.6; exit 3 ) & a=$!
( sleep 0.2; exit 5 ) & b=$!
wait -n; echo "first to end: $?"
wait -n; echo "second: $?"
wait -n; echo "none left: $?"
( exit 7 ) & wait $!; echo "by pid: $?"
false & true & wait; echo "plain wait: $?"
