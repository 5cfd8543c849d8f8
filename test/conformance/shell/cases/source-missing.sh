. ./nope.sh; echo $?
