((0)); echo $?; ((5)); echo $?; (( 2 > 1 )) && echo yes
