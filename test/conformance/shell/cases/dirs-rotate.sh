HOME=$PWD
mkdir -p d1 d2 d3
pushd -n d1 >/dev/null; pushd -n ~/d2; pushd -n "$HOME/d3"
pushd +1
pushd -1
echo "pwd ${PWD#$HOME}"
popd +1
popd -0
popd -n
dirs -v
pushd +3; echo "s $?"
popd +3; echo "s $?"
dirs +7; echo "s $?"
dirs -c; dirs; echo "${#DIRSTACK[@]}"
