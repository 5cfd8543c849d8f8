f() { echo $FUNCNAME; }; f
