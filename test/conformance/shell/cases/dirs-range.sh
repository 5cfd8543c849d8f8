cd /
HOME=/
pushd -n /usr >/dev/null
dirs +5; dirs -5; pushd +5; pushd -5; popd +5; popd -5
popd +x; dirs +x; dirs -lv +1; dirs x
dirs -v +1; dirs -v -l; dirs -- ; dirs -p -1
pushd +0; pushd -- /etc; echo "$OLDPWD"; popd --; popd -n; echo $?; dirs
HOME=/tmp/; cd /tmp; dirs; HOME=/tmp; dirs; cd /; dirs
