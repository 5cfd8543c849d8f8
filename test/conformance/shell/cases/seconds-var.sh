[ "$SECONDS" -ge 0 ] && echo ok
