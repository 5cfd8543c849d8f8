# flock(1) from bash: -n fails with status 1 while another holder keeps the lock.
exec 9>lockfile
flock 9 && echo "fd 9 locked"
flock -n lockfile -c 'echo never'; echo "second holder: status $?"
flock -n -E 7 lockfile true; echo "with -E 7: status $?"
( flock -n 9 && echo "subshell shares fd 9: locked" )
flock -u 9; echo "unlocked"
flock -n lockfile -c 'echo "now: got it"'
flock -w 0.2 9; echo "-w on a free lock: $?"
