# system with a list: each element is one argument, nothing is interpreted.
$| = 1;
system('printf', '<%s>', 'a b', '*', '$HOME', '', "x\ny"); print "\n";
system('printf %s- one two'); print "\n";
system('printf', '%s-%s\n', 1, 2, 3);
