declare -i n=3+4; echo $n; n+=2; echo $n; n=abc; echo $n
