# system returns the wait status, the same as $?; >> 8 is the exit code.
my $r = system("sh -c 'exit 3'"); print "r=$r \$?=$? code=", $? >> 8, "\n";
$r = system("exit 3"); print "exit is no program: $r $?\n";
$r = system("true"); print "true: $r $?\n";
$r = system("false"); print "false: $r ", $? >> 8, "\n";
$r = system("sh", "-c", "exit 255"); print "255: $r ", $? >> 8, "\n";
print "ok\n" if system("true") == 0;
