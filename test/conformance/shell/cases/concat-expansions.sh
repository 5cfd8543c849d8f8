a=x; b=y; echo $a$b ${a}_$b "$a"'$b'
