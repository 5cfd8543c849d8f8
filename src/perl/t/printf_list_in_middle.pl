my @a = ('x', 'y');
printf "%s-%s-%s\n", 'a', @a;
