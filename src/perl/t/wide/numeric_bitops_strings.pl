print 0xff & 0x0f, " ", 1 << 4, " ", 256 >> 2, " ", ~0 & 0xffff, " ", 5 ^ 3, " ", 6 | 9, "\n";
print "AB" | "  ", "|", "ab" & "_Z", "|", "a" ^ "A", "|\n";
print -7 >> 1, " ", ~5, "\n";
{ use integer; print -7 / 2, " ", 7 / 2, " ", -7 % 3, "\n"; }
print 7 <=> 3, " ", "10" <=> "9", " ", "10" cmp "9", "\n";
print 1 <=> "nan"+0 // 'undef', "\n";
print !!1, " [", !!0, "] ", !1 + 0, " ", defined(!1) ? "def" : "undef", "\n";
