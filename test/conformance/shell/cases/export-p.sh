export ZZ=1; export -p | grep ZZ
