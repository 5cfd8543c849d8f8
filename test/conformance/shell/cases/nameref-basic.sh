a=1
declare -n r=a
echo "$r ${!r}"
r=2; echo "$a"
r+=3; echo "$a"
declare -p r
unset r; echo "a=${a-unset} r=${!r}"
a=5; echo "$r"
unset -n r; echo "r=${r-unset} a=$a"
arr=(x y z)
declare -n ra=arr
echo "${ra[1]} ${#ra[@]} ${ra[@]}"
ra[3]=w; echo "${arr[@]}"
ra+=(v); echo "${arr[*]}"
