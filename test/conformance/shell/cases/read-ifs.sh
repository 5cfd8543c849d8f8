echo "1:2:3" | { IFS=: read a b c; echo $a-$b-$c; }
