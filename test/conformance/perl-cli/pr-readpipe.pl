# readpipe is the function behind backticks: scalar and list context, $_ by default, $? after.
my $r = readpipe("echo rp"); print "scalar: $r";
my @l = readpipe 'printf "a\nb\n"'; print "list: ", scalar(@l), "\n";
$_ = "echo from topic"; print readpipe;
readpipe("sh -c 'exit 3'"); print "status: ", $? >> 8, "\n";
my $none = readpipe("exit 3"); print "no program named exit: ", (defined $none ? "defined" : "undef"), " $?\n";
