my $text = "cat bat rat";
while ($text =~ /(\w)at/g) { print "found $1 at ", pos($text), "\n"; }
my $csv = "a,b,,c,,";
my @f = split /,/, $csv;
print scalar(@f), "\n";
my @g = split /,/, $csv, -1;
print scalar(@g), "\n";
print join("|", split(' ', "  leading and   trailing  ")), "\n";
print join("|", split(/(,)/, "a,b")), "\n";
print join("|", split(//, "abc", 2)), "\n";
$_ = "x1y2z3";
my @d = /\d/g;
print "@d\n";
s/\d//g;
print "$_\n";
