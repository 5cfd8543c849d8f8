printf 'a\nb\n' | wc -l
