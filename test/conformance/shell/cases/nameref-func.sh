setvar() { local -n out=$1; out="set by func"; }
setvar v1; echo "$v1"
addto() { local -n list=$1; list+=("$2"); }
l=(a); addto l b; addto l c; echo "${l[@]}"
count() { local -n c=$1; c=$((c + 1)); }
n=4; count n; count n; echo "$n"
x1=one; x2=two
for ref in x1 x2; do :; done
declare -n ref
for ref in x1 x2; do echo "$ref ${!ref}"; done
show() { local -n s=$1; declare -p s; echo "${s}"; }
show x2
