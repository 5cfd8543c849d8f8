shopt -s extglob
x=aaabbbccc
echo "${x#+(a)}|${x##+(a)}|${x%+(c)}|${x%%+(c)}|${x#*(a)}|${x##!(b)}"
echo "${x/+(b)/-}|${x//@(a|c)/.}|${x/#+(a)/^}|${x/%+(c)/$}|${x//?(b)/_}"
echo "${x//+([ab])/<&>}|${x/!(a)/N}|${x%%!(c)}|${x##@(a|b)*}"
f=archive.tar.gz
echo "${f%.@(gz|bz2)}|${f%%.*}|${f##*.}|${f%@(.tar|.gz)*}"
a=(one.c two.h three.sh four)
echo "${a[@]%.@(c|h)}"
echo "${a[@]/#!(t*)/X}"
echo "${a[@]^^@(o|e)}"
echo "${a[0]^@(o)}"
s='  lead and trail  '
echo "[${s##+([[:space:]])}]" "[${s%%+([[:space:]])}]"
n=00042; echo "${n##+(0)}"
p='+(0)'; echo "${n##$p}" "${n##"$p"}"
e=; echo "[${e##+(a)}][${e/*(a)/Z}]"
