export U1=1; export -n U1; env | grep -c '^U1=' ; echo done
