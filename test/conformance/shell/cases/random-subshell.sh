RANDOM=1
a=$(echo $RANDOM); b=$(echo $RANDOM)
[ "$a" != "$b" ] && echo substitutions differ
(echo $RANDOM) > r1 & (echo $RANDOM) > r2; wait
[ "$(cat r1)" != "$(cat r2)" ] && echo background children differ
[ "$(cat r1)" != 16807 ] && echo child reseeded
echo $RANDOM
rm -f r1 r2
