HOME=$PWD
mkdir -p a/b c
dirs
pushd a
pushd b
pushd ~/c
dirs
dirs -v
dirs -p
dirs -l | sed "s|$HOME|H|g"
echo "${#DIRSTACK[@]} ${DIRSTACK[1]#$HOME}"
popd
dirs +1
dirs -1
dirs -0
pushd
pushd
popd; popd; echo "$? $(pwd | sed "s|$HOME|H|")"
popd
echo "status $?"
