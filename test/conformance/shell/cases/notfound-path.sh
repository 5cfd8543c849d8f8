./nosuch; echo $?
