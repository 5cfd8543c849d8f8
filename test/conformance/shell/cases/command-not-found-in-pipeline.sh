nosuch | cat; echo ${PIPESTATUS[@]}
