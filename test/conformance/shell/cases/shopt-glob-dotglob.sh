mkdir t && cd t || exit
touch .a .b a b; mkdir .d d; touch .d/x d/.y
echo 1 * 
echo 2 .*
shopt -s dotglob
echo 3 *
echo 4 .*
echo 5 */*
echo 6 ?
echo 7 [.]a
echo 8 *a
shopt -u dotglob
echo 9 * d/*
