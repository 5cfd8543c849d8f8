use warnings;
my $x;
{
    no warnings 'uninitialized';
    my $s = "a" . $x;
}
my $t = "b" . $x;
{
    no warnings;
    my $n = "zz" + 1;
}
my $m = "zz" + 1;
print "ok\n";
