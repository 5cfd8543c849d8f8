declare -p nonexist; echo $?
