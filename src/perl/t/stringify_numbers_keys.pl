my %h;
$h{1.0} = 'a';
$h{"01"} = 'b';
$h{1} .= 'c';
print join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
my @a;
$a[1.7] = 'x';
print scalar(@a), "\n";
