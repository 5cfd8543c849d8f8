END { print "end runs\n" }
END { die "die in end\n" }
print "main\n";
