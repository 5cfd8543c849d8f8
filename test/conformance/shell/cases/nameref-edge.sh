declare -n r=newv; r=5; echo "newv=$newv"
declare -n s=s; echo "status $?"
declare -n t=1x; echo "status $?"
declare -n u=newv; declare +n u; echo "u=$u"; declare -p u
declare -n w=newv; declare -p w newv
readonly ro=1; declare -n rr=ro; rr=2; echo "status $? ro=$ro"
f() { local v=inner; g v; echo "f: $v"; }
g() { local -n ref=$1; ref=changed; }
f
v=global; g v; echo "$v"
declare -n x=y; y=(1 2 3); echo "${x[2]} ${#x[@]} ${!x[@]}"
unset x; echo "y=${y[*]-unset} x=${!x}"
