echo | | cat
