declare -A m=([b]=2 [a]=1); for k in "${!m[@]}"; do echo $k=${m[$k]}; done | sort
