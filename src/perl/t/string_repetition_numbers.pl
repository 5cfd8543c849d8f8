my $n = 3;
print "*" x $n, "\n";
print join(" ", map { "*" x $_ } 1..$n), "\n";
