echo before
shopt -s extglob; echo @(a|b)
echo not reached
