sub thrower {
    die "from sub";
}
eval { thrower() };
print $@;
eval {
    my $x = 1;
    die "multi ",
        "line";
};
print $@;
eval { die "with number ", 42, "\n" };
print $@;
