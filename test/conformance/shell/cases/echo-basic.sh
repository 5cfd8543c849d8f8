echo hello world
echo -n no newline; echo
echo -e 'a\tb\nc'
echo -E 'a\tb'
echo -ne 'x\c'; echo y
echo -- -n
