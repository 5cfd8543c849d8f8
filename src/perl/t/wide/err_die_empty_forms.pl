eval { die }; print "1: $@";
eval { die "" }; print "2: $@";
eval { eval { die "inner\n" }; die }; print "3: $@";
eval { eval { die "inner" }; die }; print "4: $@";
$@ = "";
eval { die undef }; print "5: $@";
