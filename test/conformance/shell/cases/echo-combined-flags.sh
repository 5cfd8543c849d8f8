echo -en 'a\tb\n'
