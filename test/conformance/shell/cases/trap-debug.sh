trap 'echo "DEBUG: $BASH_COMMAND"' DEBUG
x=1
echo "x is $x"
for i in a b; do :; done
[[ $x == 1 ]]
(( x++ ))
f() { echo in-f; }
f
set -T
f
set +T
trap - DEBUG
echo end
