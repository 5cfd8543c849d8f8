for my $s ("aa", "Az", "zz", "a9", "Zz", "zZ9", "9", "99", "a", "z", "Z", "zzz", "A99", "b0z9") {
    my $t = $s; $t++;
    print "$s -> $t\n";
}
my $e = ""; $e++; print "empty -> $e\n";
my $u; { no warnings; $u++; } print "undef -> $u\n";
my $n = "3.5"; $n++; print "3.5 -> $n\n";
my $m = "ab-c"; { no warnings; $m++; } print "ab-c -> $m\n";
my $d = "aa"; $d--; print "aa-- -> $d\n";
