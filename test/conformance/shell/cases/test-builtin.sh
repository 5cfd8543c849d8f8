test -n abc && echo yes; test; echo $?
