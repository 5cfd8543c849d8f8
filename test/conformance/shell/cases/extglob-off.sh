x=aaab
echo "${x##+(a)}" "${x/@(a|b)/Z}"
p='+(a)b'
case aaab in $p) echo case-match;; *) echo case-nomatch;; esac
[[ aaab == +(a)b ]] && echo cond-always
[[ aaab == $p ]] && echo cond-var
mkdir t && cd t && touch a b
echo '+(a)' x+ y@ 'z!'
shopt -s extglob
eval 'echo @(a|b)'
shopt -u extglob
echo @(a)
echo not reached
