# A writer started first waits in open until a reader comes; the reader sees no EOF before then.
mkfifo p
{ echo "writer: opening"; exec 3>p; echo "writer: open" >&3; echo "writer: done" >&3; } &
sleep 0.5
echo "reader: opening"
cat p
wait
echo "wait: $?"
exec 3<>p
echo "read-write open does not wait"
echo through >&3
read -r line <&3
echo "got: $line"
