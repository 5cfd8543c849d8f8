s="a:b::c"; IFS=:; for p in $s; do echo "[$p]"; done
