HOME=$PWD
popd; echo "s $?"
pushd; echo "s $?"
pushd nonexist; echo "s $?"
dirs +1; echo "s $?"
popd +1; echo "s $?"
dirs -x; echo "s $?"
pushd -q; echo "s $?"
popd -q x; echo "s $?"
pushd a b; echo "s $?"
popd x; echo "s $?"
mkdir d; pushd d >/dev/null; cd ..; dirs; popd; dirs
