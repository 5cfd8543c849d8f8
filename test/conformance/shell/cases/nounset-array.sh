set -u; a=(); echo ${#a[@]}; echo "${a[@]}" end
