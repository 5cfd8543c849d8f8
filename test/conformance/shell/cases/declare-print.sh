x=1; declare -p x; declare -x e=2; declare -p e; declare -i n=5; declare -p n
