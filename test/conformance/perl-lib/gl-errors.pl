use Getopt::Long;
for my $args (['--bogus'], ['--num', 'x'], ['--name'], ['--ratio', 'abc'], ['--flag=3'], ['-x', '--num=4']) {
    @ARGV = @$args;
    my %h;
    my $ok = GetOptions(\%h, 'num=i', 'name=s', 'ratio=f', 'flag');
    print "[@$args] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=$h{$_}" } sort keys %h), " rest=@ARGV\n";
}
