warn "careful\n";
warn "with line";
print "out\n";
