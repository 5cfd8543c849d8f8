my $log = "2024-01-01 ERROR [db] Connection failed\n2024-01-02 INFO [web] ok\n";
for my $line (split /\n/, $log) {
  if ($line =~ /^(\S+)\s+(ERROR|WARN)\s+\[(\w+)\]\s+(.*)$/) { print "$2 in $3 on $1: $4\n"; }
}
my $s = "a1b22c333";
my @n = $s =~ /(\d+)/g;
print join("|", @n), "\n";
(my $x = "hello") =~ s/(.)/\u$1/;
print "$x\n";
my $t = "aaa";
my $c = $t =~ s/a/b/g;
print "$c $t\n";
print join(",", "a-b_c d" =~ /[a-z]/g), "\n";
my $str = "foo=1;bar=2";
my %h = $str =~ /(\w+)=(\d+)/g;
print join(",", map {"$_$h{$_}"} sort keys %h), "\n";
