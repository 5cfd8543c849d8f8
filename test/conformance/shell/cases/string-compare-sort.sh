[[ apple < banana ]] && echo less
