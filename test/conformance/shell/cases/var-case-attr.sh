declare -l lo=HELLO; declare -u up=hello; echo $lo $up
