my $s = "hello world";
if ($s =~ /(w)(o)(r)/) {
    print "$-[0] $+[0] | $-[1] $+[1] | $-[3] $+[3]\n";
    print scalar(@-), " ", scalar(@+), "\n";
    print "pre[$`] match[$&] post[$']\n";
}
$s =~ /o/g;
print pos($s), "\n";
$s =~ /o/g;
print pos($s), "\n";
pos($s) = 1;
$s =~ /\G(.)/gc;
print "$1 ", pos($s), "\n";
$s =~ /zzz/gc;
print "kept ", pos($s), "\n";
$s =~ /zzz/g;
print defined pos($s) ? "def\n" : "reset\n";
