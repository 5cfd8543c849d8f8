X=1 env | grep '^X='
