command -v echo; command -v cat; command -v nosuch; echo $?
