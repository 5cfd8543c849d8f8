r=$RANDOM; [ $r -ge 0 ] && [ $r -le 32767 ] && echo inrange
