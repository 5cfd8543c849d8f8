print "abc" . undef . "def", "\n";
print length(""), " ", length("0"), "\n";
print "0.0" ? "true" : "false", "\n";
print "0" ? "true" : "false", "\n";
print "00" ? "true" : "false", "\n";
print "" ? "true" : "false", "\n";
print " " ? "true" : "false", "\n";
