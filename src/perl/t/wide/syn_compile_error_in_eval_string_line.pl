my $code = "my \$ok = 1;\nmy \$bad = (;\n";
eval $code;
print "E: $@";
eval "die 'plain'";
print "E2: $@";
eval "sub { ";
print "E3: $@";
