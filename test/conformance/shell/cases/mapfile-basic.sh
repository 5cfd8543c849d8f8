printf 'a\nb\nc\n' | { mapfile -t arr; echo ${#arr[@]} ${arr[2]}; }
