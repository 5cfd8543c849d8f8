echo ${SHLVL:+set}
