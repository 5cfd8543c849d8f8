[ a b c ]; echo $?
