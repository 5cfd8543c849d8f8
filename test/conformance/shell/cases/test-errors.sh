[ 1 -eq a ]; echo $?; [ a; echo $?
