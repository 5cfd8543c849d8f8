s=a; s+=b; echo $s; a=(1); a+=(2 3); echo ${a[@]}
