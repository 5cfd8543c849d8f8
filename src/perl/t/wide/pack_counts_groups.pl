print join(",", unpack("(A2)*", "aabbccd")), "\n";
print join(",", unpack("(A2)3", "aabbccdd")), "\n";
my $s = pack("n/a*", "hello");
print length($s), " ", join(",", unpack("n/a*", $s)), "\n";
print join(",", unpack("C/a C", "\x03abcd\x05")), "\n";
print join(",", unpack("a2 x2 a2", "abcdef")), "\n";
print join(",", unpack("a2 X a2", "abcdef")), "\n";
print join(",", unpack('a1 @3 a1', "abcdef")), "\n";
print length(pack("x5")), " ", unpack("H*", pack("a4", "ab")), " ", unpack("H*", pack("A4", "ab")), "\n";
