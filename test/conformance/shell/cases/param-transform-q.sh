a='hello world'; b="it's"; c=$'tab\there'; d=''; e='plain'
echo "${a@Q}" "${b@Q}" "${c@Q}" "${d@Q}" "${e@Q}"
arr=(one 'two three' "it's")
echo "${arr[@]@Q}"
declare -A h=([k]='v v')
echo "${h[@]@Q}"
echo "${u@Q}"
