my @a = (1, 2, 3);
eval { local $_ = 'x'; (sort @a)[0] = 1 };
print defined $@ ? "ok\n" : "";
my $r = eval "substr('abc', 0, 1) = 'x'; 1";
print "2: $@";
