trap 'echo "ERR: status $? line $LINENO"' ERR
false
echo after false
if false; then :; fi
false || true
! false
(exit 3)
f() { return 2; }
f
g() { false; echo "in g"; }
g
set -E
g
set +E
x=$(false)
echo "x done"
trap -p ERR
trap - ERR
false
echo done
