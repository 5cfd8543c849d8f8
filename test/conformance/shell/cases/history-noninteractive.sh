history | wc -l
