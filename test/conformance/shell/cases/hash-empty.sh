hash -r; hash
