# bash runs a trap while its redirection waits on a FIFO, then goes on waiting.
mkfifo p
trap 'echo caught ALRM' ALRM
( sleep 1; kill -ALRM $$; sleep 1; echo "from the writer" > p ) &
exec 3<p
echo "exec: $?"
cat <&3
wait
