my $s = "Hello World 2024";
if ($s =~ /(\w+)\s+(\w+)/) { print "1=$1 2=$2\n"; }
print "match\n" if $s =~ /world/i;
print "no match\n" if $s !~ /xyz/;
my @nums = $s =~ /(\d)/g;
print "@nums\n";
(my $t = $s) =~ s/World/Perl/;
print "$t\n";
my $c = ($s =~ tr/o/o/);
print "o count: $c\n";
my $x = "a.b.c";
my @parts = split /\./, $x;
print scalar(@parts), " @parts\n";
my $str = "aaa bbb ccc";
(my $u = $str) =~ s/(\w+)/\u$1/g;
print "$u\n";
my $e = "1 2 3";
$e =~ s/(\d)/$1*2/ge;
print "$e\n";
my $count = () = "abcabc" =~ /b/g;
print "count $count\n";
if ("key=value" =~ /^(?<k>\w+)=(?<v>\w+)$/) { print "$+{k} -> $+{v}\n"; }
my $r = qr/(\d+)/;
print "qr: $1\n" if "abc 42" =~ $r;
print "pre[$`] match[$&] post[$']\n" if "hello" =~ /ll/;
