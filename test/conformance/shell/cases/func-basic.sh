f() { echo "args: $# $1 $2"; }; f a b
