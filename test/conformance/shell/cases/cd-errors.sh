cd /nonexistent; echo $?; cd a b; echo $?
