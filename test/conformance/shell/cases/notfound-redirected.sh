nosuchcmd 2>/dev/null; echo $?
