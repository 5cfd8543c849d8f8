shopt -s extglob
f() { case $1 in +([0-9])) echo "$1 number";; *) echo "$1 other";; esac; }
shopt -u extglob
f 42; f 4x
g() { [[ $1 == @(y|yes) ]] && echo "$1 yes" || echo "$1 no"; }
g yes; g nope
shopt -s extglob
mkdir t && cd t && touch 1 22 x
pat='+([0-9])'
echo $pat
shopt -u extglob
echo $pat
