[ $$ = $BASHPID ] && echo same; ( [ $$ = $BASHPID ] || echo differs )
