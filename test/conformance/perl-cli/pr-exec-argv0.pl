# exec { PROGRAM } LIST: the indirect object is the program, the list is argv with argv[0].
exec { 'sh' } 'my-name', '-c', 'echo "\$0 is $0, \$1 is $1"', 'first';
