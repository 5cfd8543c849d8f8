[[ ( a == a ) && ( b == b ) ]] && echo ok
