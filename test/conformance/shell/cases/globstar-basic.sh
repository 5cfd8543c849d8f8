mkdir t && cd t || exit
mkdir -p g/h/i .hid/j; touch g/1.txt g/h/2.txt g/h/i/3.txt g/h/.4.txt top.txt .hid/5.txt .hid/j/6.txt
echo 0 **/*.txt
shopt -s globstar
echo 1 **/*.txt
echo 2 g/**
echo 3 g/**/
echo 4 **
echo 5 g/**/i
echo 6 a** g**
echo 7 **/
echo 8 **/h/*
echo 9 g/**/*.txt
echo 10 g/**/**/3.txt
echo 11 **/nothing
echo 12 .hid/**
shopt -s dotglob
echo 13 **/*.txt
echo 14 g/**
shopt -u dotglob
for f in **/*.txt; do printf '<%s>' "$f"; done; echo
