print STDOUT, "x\n";
