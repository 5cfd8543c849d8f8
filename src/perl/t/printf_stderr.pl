print STDERR "to stderr\n";
printf STDERR "%s\n", "formatted err";
print STDOUT "to stdout\n";
