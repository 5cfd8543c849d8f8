my $s = "Hello, world";
substr($s, 0, 5) = "HELLO";
print "$s\n";
my $old = substr($s, 7, 5, "Perl");
print "$old -> $s\n";
substr($s, -4) = "Rust";
print "$s\n";
substr($s, 0, 0) = ">> ";
print "$s\n";
my $r = \substr($s, 0, 2);
$$r = "<<<";
print "$s\n";
print substr("abcdef", -3, 2), " ", substr("abcdef", 2, -1), " ", substr("abcdef", -2, -5), "|\n";
my $t = "abc";
substr($t, 1, 1) =~ s/b/BBB/;
print "$t\n";
for (substr($t, 0, 1)) { $_ = "zz" }
print "$t\n";
