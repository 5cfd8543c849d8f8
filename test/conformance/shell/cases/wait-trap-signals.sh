# A trapped signal ends `wait` with 128+N; a CHLD trap runs per child but does not end it.
trap 'echo chld' CHLD
sleep 0.1 & sleep 0.3 &
wait; echo "wait: $?"
trap - CHLD
trap 'echo usr1' USR1
sleep 1 & s=$!
( sleep 0.2; kill -USR1 $$ ) &
wait $s; echo "wait pid: $?"
wait $s; echo "then: $?"
