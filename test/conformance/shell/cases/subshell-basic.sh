(echo in subshell; exit 3); echo $?
