[[ -n x && ! -z y ]] && echo both; [[ a == b || c == c ]] && echo either
