END { $? = 4 if $? == 3 }
print "exiting\n";
exit 3;
