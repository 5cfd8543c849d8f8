echo a; echo b >&2; echo c
