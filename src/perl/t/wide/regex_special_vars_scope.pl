"abc" =~ /(b)/;
print "$1\n";
{ "xyz" =~ /(y)/; print "$1\n"; }
print "$1\n";
sub m2 { "123" =~ /(2)/; return $1 }
print m2(), " $1\n";
if ("no" =~ /(z)/) { } 
print "still $1\n";
my @caps = "k=v" =~ /(\w)=(\w)/;
print "@caps $+ $^N\n";
print "last paren: $+\n" if "ab" =~ /(a)(b)?/;
