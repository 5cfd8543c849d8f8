# Raw bytes and control characters in values are quoted with $'...' by declare -p, printf %q and ${x@Q}.
x=$'\xff'; declare -p x; printf '%q\n' "$x" "a${x}b"; echo "${x@Q}"
y=$'\xc3\xa9\xfe'; declare -p y; printf '%q\n' "$y"
z=$'a\nb'; declare -p z
declare -a arr=($'\xff' b); declare -p arr
