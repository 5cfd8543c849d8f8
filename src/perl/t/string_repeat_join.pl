my @a = ('x') x 3;
print "@a\n";
print "-" x 10, "\n";
print join(", ", 'a' .. 'e'), "\n";
print join(",", 'aa' .. 'ad'), "\n";
print join(",", '08' .. '11'), "\n";
