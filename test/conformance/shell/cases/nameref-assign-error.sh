readonly ro=1; ro=2; echo "status $?"
echo next
f() { ro=3; echo in; }; f; echo after
echo next2
( ro=4; echo sub ); echo "sub status $?"
declare -n r=ro
r=5; echo no
echo "end $r"
