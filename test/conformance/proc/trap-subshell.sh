# Traps in subshells: signal traps are reset, ignored signals stay ignored, EXIT runs per subshell.
trap 'echo "parent handler"' USR1
trap '' USR2
( trap -p; kill -USR2 $BASHPID; echo "subshell ignores USR2" )
( trap 'echo "subshell EXIT"' EXIT; echo "in subshell" )
( kill -USR1 $BASHPID; echo "not reached" ); echo "subshell killed by USR1: $?"
bash -c 'kill -USR2 $$; echo "child bash still ignores USR2"'
