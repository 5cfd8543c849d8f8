s="  a   b  "; for p in $s; do echo "[$p]"; done; echo "[$s]"
