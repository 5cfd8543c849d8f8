printf 'echo from script $1\n' > ns.sh; chmod +x ns.sh; ./ns.sh arg; echo $?
