open(my $fh, '<', '/no/such/file') or die "Cannot open: $!\n";
