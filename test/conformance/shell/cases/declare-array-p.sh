declare -a arr=(1 2); declare -p arr; declare -A h=([k]=v); declare -p h
