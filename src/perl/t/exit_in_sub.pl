END { print "end ran\n" }
sub bye { print "bye\n"; exit 0 }
bye();
print "not here\n";
