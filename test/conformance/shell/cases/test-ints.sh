[ 3 -gt 2 ] && echo gt; [ 2 -le 2 ] && echo le; [ 1 -eq 2 ] || echo noteq
