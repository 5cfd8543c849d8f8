use warnings;
my @a = (1..3);
my $x = defined(@a) if 0;
my $str = "abc";
my $l = length(undef);
print defined $l ? "def\n" : "undef\n";
print "ok\n";
