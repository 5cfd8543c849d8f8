mkdir t && cd t || exit
touch a1 a2
shopt -s nullglob
echo 1 z* end
set -- z*; echo 2 $#
arr=(z* a*); echo 3 ${#arr[@]} "${arr[@]}"
for f in z*; do echo never; done; echo 4 done
echo 5 "z*" z\* 
[[ z* == z* ]] && echo 6 cond
case z1 in z*) echo 7 case;; esac
x='q*'; echo 8 $x "$x" end
echo 9 [z] a[ end
shopt -u nullglob
echo 10 z*
