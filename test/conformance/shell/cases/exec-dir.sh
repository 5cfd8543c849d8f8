mkdir -p dd; ./dd; echo $?
