shopt -s extglob
mkdir t && cd t && touch a b
!(a) 2>&1; echo "s=$?"
! (exit 1); echo "s=$?"
x=( !(a) ); echo "${x[@]}"
[[ -n !(a) ]] 2>&1; echo "s=$?"
