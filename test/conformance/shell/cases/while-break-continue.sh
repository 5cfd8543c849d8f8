i=0; while true; do i=$((i+1)); [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done
