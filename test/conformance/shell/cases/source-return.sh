printf 'echo one\nreturn 3\necho two\n' > r.sh; . ./r.sh; echo $?
