[ "$(printf '%(%s)T' -1)" = "$EPOCHSECONDS" ] && echo same
[ "$(printf '%(%s)T')" = "$EPOCHSECONDS" ] && echo same2
(( $(printf '%(%s)T' -2) <= EPOCHSECONDS )) && echo ok
(( $(printf '%(%s)T' -2) > 1000000000 )) && echo ok2
printf '%(%s)T\n' abc; echo "status $?"
printf '%(%s)T\n' 12x; echo "status $?"
