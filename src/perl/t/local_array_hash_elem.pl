our @arr = (1, 2, 3);
sub show { print "@arr\n" }
sub t { local $arr[1] = 'x'; show() }
t(); show();
