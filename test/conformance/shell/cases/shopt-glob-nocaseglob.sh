mkdir t && cd t || exit
touch Abc aBD ab abc README readme.txt
mkdir Dir; touch Dir/File
shopt -s nocaseglob
echo 1 a*
echo 2 [a]*
echo 3 A?C
echo 4 read*
echo 5 dir/* Dir/f*
echo 6 *[[:upper:]]*
shopt -s extglob
echo 7 @(ab|ABC)
shopt -u nocaseglob
echo 8 a* A*
