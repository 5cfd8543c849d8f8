# exec flushes perl's buffered output first, so text printed before it is not lost.
print "partial line, ";
print STDERR "to stderr, ";
exec 'echo', 'then echo';
