my $r = eval { die sprintf("Error %03d: %s\n", 7, "thing") };
print $@;
eval { die "a", "b", "c" };
print $@;
eval { die 42 };
print $@;
my @l = (1, 2);
eval { die @l, "\n" };
print $@;
