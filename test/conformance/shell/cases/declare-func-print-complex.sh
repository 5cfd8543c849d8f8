f() { if [ -n "$1" ]; then echo yes; else echo no; fi; for i in 1 2; do echo $i; done; }; declare -f f
