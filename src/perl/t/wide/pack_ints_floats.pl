print unpack("H*", pack("s< l< q<", -2, -3, -4)), "\n";
print unpack("H*", pack("s> l> q>", -2, -3, -4)), "\n";
print join(",", unpack("s l q Q", pack("s l q Q", -1, -2, -3, 18446744073709551615))), "\n";
print join(",", unpack("S L J", pack("S L J", 65535, 4294967295, 42))), "\n";
print unpack("H*", pack("d>", 1.5)), " ", unpack("H*", pack("f<", -2.25)), "\n";
print join(",", unpack("d f", pack("d f", 3.25, 0.5))), "\n";
print join(",", unpack("w*", pack("w*", 1, 128, 300, 16384))), " ", unpack("H*", pack("w", 300)), "\n";
