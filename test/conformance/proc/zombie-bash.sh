# A child whose parent never waits stays a zombie: `sleep 0.1` belongs to the exec-ed `sleep 2`.
( sleep 0.1 & exec sleep 2 ) &
parent=$!
sleep 0.5
ps -o stat=,comm= --ppid "$parent"
kill "$parent"; wait "$parent"; echo "parent status $?"
