printf '%q\n' 'plain' 'two words' "it's" '' 'a"b' '$HOME' 'tab	tab' $'nl\nx' 'ü' '~user' 'a~b' '#x' 'x#' '!bang' 'back\slash' 'star*' '[x]' 'semi;colon' '{a,b}' '=eq' 'a=b' $'\x01ctl'
printf '[%10q]\n' ab
printf '%q %q\n' 1 2 3
x=$(printf '%q' "a b'c"); eval "printf '%s\n' $x"
