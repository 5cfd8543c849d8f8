for ((i=0; ; i++)); do [ $i -ge 2 ] && break; echo $i; done
