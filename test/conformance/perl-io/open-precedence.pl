# 'or die' versus '|| die' after open with parentheses and without.
my $r = eval { open(my $fh, '<', 'missing') || die "paren ||: $!\n"; 1 };
print $@ || "no die\n";
$r = eval { open my $fh, '<', 'missing' or die "low or: $!\n"; 1 };
print $@ || "no die\n";
$r = eval { my $ok = open my $fh, '<', 'missing'; $ok or die "checked: $!\n"; 1 };
print $@ || "no die\n";
$r = eval { open my $fh, '<', 'missing' || die "binds to the name\n"; 1 };
print $@ || "no die (|| bound to the file name)\n";
unless (open my $fh, '<', 'missing') { print "unless open: $!\n" }
