print "ABC" =~ /abc/i ? 1 : 0, "aBc" =~ /(?i)abc/ ? 1 : 0, "abc" =~ /a(?i:B)c/ ? 1 : 0, "\n";
my $re = qr/
    (\d{3})   # area
    [-\s]?
    (\d{4})   # number
/x;
print "$1/$2\n" if "555-1234" =~ $re;
print "qr: $re\n";
my $q = quotemeta("a.b*c");
print "$q ", ("a.b*c" =~ /^\Q$q\E$/ ? "no" : "literal"), " ", ("a.b*c" =~ /^\Qa.b*c\E$/ ? "yes" : "no"), "\n";
print "lazy: $1\n" if "<<a>><<b>>" =~ /<<(.+?)>>/;
print "greedy: $1\n" if "<<a>><<b>>" =~ /<<(.+)>>/;
if ("ab" =~ /(?|(a)(b)|(x)(y))/) { print "branch reset: $1$2\n" }
print "cond: ", ("(a)" =~ /^(\()?a(?(1)\))$/ ? "y" : "n"), ("(a" =~ /^(\()?a(?(1)\))$/ ? "y" : "n"), "\n";
my $bal = qr/\((?:[^()]++|(?R))*\)/;
print "rec: $&\n" if "x(a(b)c)y" =~ $bal;
print "m: ", join(",", "a\nb\nc" =~ /^(\w)$/mg), "\n";
print "s: ", ("a\nb" =~ /a.b/s ? 1 : 0), ("a\nb" =~ /a.b/ ? 1 : 0), "\n";
print "case: \Uupper\E \LLOWER\E \uone \lTWO\n";
