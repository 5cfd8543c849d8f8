# A trapped signal interrupts `wait`: it returns 128+N at once and the handler runs.
trap 'echo "handler: USR1"' USR1
sleep 3 &
child=$!
( sleep 0.5; kill -USR1 $$ ) &
wait "$child"
echo "wait returned $?"
kill "$child"; wait "$child"; echo "child: $?"
trap 'echo "handler: TERM"' TERM
( sleep 0.3; kill -TERM $$ ) &
sleep 1
echo "foreground sleep finished first"
wait
