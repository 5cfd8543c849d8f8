return 1; echo $?
