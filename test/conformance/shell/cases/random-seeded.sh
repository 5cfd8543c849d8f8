RANDOM=1; echo $RANDOM $RANDOM $RANDOM
RANDOM=12345; a=$RANDOM; RANDOM=12345; b=$RANDOM; [ "$a" = "$b" ] && echo same-seed-same-value
RANDOM=7; echo $RANDOM
