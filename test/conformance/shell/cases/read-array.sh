echo "x y z" | { read -a arr; echo ${arr[1]} ${#arr[@]}; }
