mkdir t && cd t || exit
touch a1 a2
shopt -s failglob
echo 1 a*
echo 2 z*
echo "3 status $?"
echo 4 "z*" z\*
x=$(echo y* 2>&1); echo "5 [$x] $?"
for f in q*; do echo never; done
echo "6 status $?"
[[ z* == z* ]] && echo 7 cond
shopt -s nullglob
echo 8 z* end
shopt -u failglob nullglob
echo 9 z*
