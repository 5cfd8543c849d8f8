f() { echo hi; }; declare -f f
