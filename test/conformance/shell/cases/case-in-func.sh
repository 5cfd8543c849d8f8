f() { case $1 in -h) echo help;; *) echo "arg $1";; esac; }; f -h; f z
