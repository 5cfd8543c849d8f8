mkdir dd ee; touch f1 ff2 .h; mkdir dd/sub
compgen -W "zeta alpha al beta alpha" -- al; echo "s $?"
compgen -W "x y" -- q; echo "s $?"
myvar=1; myvx=2; compgen -v myv; compgen -A variable myv
f_a() { :; }; f_b() { :; }; compgen -A function f_
alias ll=ls; compgen -a l; compgen -b ec; compgen -k whi
compgen -f ff; compgen -d d; compgen -f dd/; compgen -d .h; echo "s $?"
compgen -P "<" -S ">" -W "a b"
compgen -z; echo "s $?"
export EXA=1; compgen -e EX
compgen -A bogus; echo "s $?"
IFS=:; compgen -W "p:q r" -- ; IFS=$' \t\n'
compgen -bk -- unal
