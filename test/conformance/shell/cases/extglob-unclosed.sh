shopt -s extglob
echo start
echo @(a|b
