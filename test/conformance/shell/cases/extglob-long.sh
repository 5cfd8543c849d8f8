shopt -s extglob
a=$(printf 'a%.0s' {1..300})
[[ ${a}b == +(a)b ]] && echo long-plus
[[ ${a}c == +(a)b ]] || echo long-fail
[[ ${a}b == *(a|b)b ]] && echo alt
echo "${#a} ${a##+(a)}| ${a%%+(aa)}| ${a//+(aa)/x}| ${a/#+(a)/y}"
b=$(printf 'ab%.0s' {1..200})
echo "${b//@(ab|ba)/.}" | wc -c
[[ $b == +(ab) ]] && echo ab-rep
[[ $b == !(*aa*) ]] && echo no-aa
