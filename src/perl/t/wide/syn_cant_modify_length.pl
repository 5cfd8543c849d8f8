my $x = "abc";
length($x) = 3;
