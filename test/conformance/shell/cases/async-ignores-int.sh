# Without job control, a command started with & ignores SIGINT and SIGQUIT.
sleep 5 & pid=$!
sleep 0.1
kill -INT $pid; kill -QUIT $pid
sleep 0.2
kill -0 $pid && echo "still running after INT and QUIT"
kill $pid; wait $pid; echo "status after TERM: $?"
( trap -p INT; echo "subshell done" ) &
wait
sh -c 'kill -INT $$; echo "sh child survived INT"' &
wait; echo "wait: $?"
( trap - INT; sh -c 'kill -INT $$; echo "not printed"' ) &
wait; echo "after trap - INT: $?"
