n=0; printf '1\n2\n' | while read x; do n=$((n+x)); done; echo $n
