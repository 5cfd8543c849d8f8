END { print "end registered before the exit\n" }
BEGIN { print "begin exits\n"; exit 5 }
END { print "end compiled after the exit\n" }
print "never\n";
