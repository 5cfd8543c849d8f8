echo 'Hello World' | tr ' ' '\n' | sort
