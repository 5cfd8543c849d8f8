echo $# $?; false; echo $?; true; echo $?
