mkdir t && cd t && touch a b c
eval 'echo @(a|b)'
echo "status $?"
shopt -s extglob
eval 'echo @(a|b)'
eval 'echo $LINENO !(a); echo $LINENO'
eval 'shopt -u extglob; echo +(a)'
echo "status $?"
eval 'echo +(a)'
