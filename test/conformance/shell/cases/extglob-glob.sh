shopt -s extglob
mkdir t && cd t || exit
touch .a .b a b ab .ab abc a.c b.h c.txt
mkdir d .d; touch d/x d/.y
echo 1 !(a)
echo 2 @(.a|b)
echo 3 .!(a)
echo 4 *(.a)
echo 5 ?(.)a
echo 6 !(*b)
echo 7 +(a|b)
echo 8 @(a)*
echo 9 d/!(x)
echo 10 !(.a)
echo 11 .@(a|b)
echo 12 !(.*)
echo 13 @(*)
echo 14 ?(a)b
echo 15 .?(a)
echo 16 .!(*)
echo 17 */!(z)
echo 18 @(d|.d)/
echo 19 *.@(c|h)
echo 20 !(*.@(c|h|txt))
echo 21 ?(x).a
echo 22 @(x|).a
echo 23 !(x).a
echo 24 @(.)*
echo 25 ?(.a)?(b)
echo 26 !(.a|b)
echo 27 @()
echo 28 "@(a|b)" '!(a)' \!\(a\) @\(a\)
shopt -s dotglob
echo 29 !(a)
echo 30 @(*)
echo 31 *(a)
shopt -u dotglob
shopt -s nullglob
echo 32 @(zz|yy) end
shopt -u nullglob
shopt -s nocaseglob
echo 33 @(A|B)
