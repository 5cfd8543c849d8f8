nosuchcmd; echo $?
