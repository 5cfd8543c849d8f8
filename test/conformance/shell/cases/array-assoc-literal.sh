declare -A m=([a]=x [b]=y); echo ${m[a]}${m[b]}
