my $p = pack("A3 a3 Z3", "x", "y", "zzzz");
print join(",", map { sprintf "%02x", ord } split //, $p), "\n";
print join("|", unpack("A3 a3 Z3", $p)), "\n";
print unpack("H*", pack("N n V v", 0x01020304, 0x0506, 0x0708090a, 0x0b0c)), "\n";
print join(",", unpack("N n V v", pack("N n V v", 1, 2, 3, 4))), "\n";
print join(",", unpack("C* ", pack("C*", 1, 255, 256, -1))), "\n";
print join(",", unpack("c*", pack("c*", 127, 128, -128))), "\n";
print unpack("H*", "AB"), " ", unpack("h*", "AB"), " ", pack("H4", "4142"), " ", pack("h4", "1424"), "\n";
