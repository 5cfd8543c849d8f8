print "abc" x 2 . "d", "\n";
print "a" . 1 + 2, "\n";
print "Z" lt "a" ? "upper first\n" : "lower first\n";
print "10" <=> "9", " ", "10" cmp "9", "\n";
