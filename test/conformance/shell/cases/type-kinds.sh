type if; type -t echo; type -t cat; type -t nosuch; echo $?
