print 2 ** 0.5, "\n";
print sqrt(16), " ", abs(-2.5), "\n";
print 10 % 3, " ", -10 % 3, "\n";
print 5 <=> 10, " ", 10 <=> 5, "\n";
print 1 <=> 1, "\n";
print int(10 / 3), "\n";
print 1 + 1 . "", "\n";
print 7 & 3, " ", 7 | 8, " ", 6 ^ 3, " ", 1 << 4, " ", 256 >> 2, "\n";
print exp(0), " ", log(exp(1)), "\n";
