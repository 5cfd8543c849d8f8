# system of a command killed by a signal: the low 7 bits of $? hold it.
my $r = system('sh', '-c', 'kill -TERM $$');
print "r=$r sig=", $? & 127, " code=", $? >> 8, "\n";
$r = system('sh', '-c', 'kill -KILL $$');
print "kill: sig=", $? & 127, "\n";
