# exec with a list runs the program directly: no shell, no splitting, no globbing.
$| = 1;
print "before\n";
exec 'printf', '[%s]\n', 'a  b', '*', '$HOME';
print "not reached\n";
