printf 'c\nb\na\n' | sort | head -2
