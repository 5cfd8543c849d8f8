IFS=' :'; s=' a : b:c '; for p in $s; do echo "[$p]"; done
