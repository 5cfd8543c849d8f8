# $$, $BASHPID, $PPID in the shell, a subshell and a child perl.
echo "subshell keeps \$\$: $( [ "$(echo $$)" = "$$" ] && echo yes || echo no)"
( [ "$BASHPID" != "$$" ] && echo "subshell BASHPID differs: yes" )
main=$$
P=$$ perl -e 'print "perl parent is bash: ", (getppid == $ENV{P} ? "yes" : "no"), "\n"'
bash -c '[ "$PPID" = "'$main'" ] && echo "child bash PPID is me: yes"'
sleep 1 & [ "$!" != "$$" ] && echo "\$! is a new pid: yes"; wait
