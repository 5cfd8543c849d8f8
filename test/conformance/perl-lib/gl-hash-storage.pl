use Getopt::Long;
@ARGV = qw(--lib a --lib b --define x=1 --n 2 -q file);
my %o = (lib => []);
GetOptions(\%o, 'lib=s@', 'define=s%', 'n=i', 'q|quiet');
for my $k (sort keys %o) {
    my $v = $o{$k};
    print "$k: ", ref $v eq 'ARRAY' ? "[@$v]" : ref $v eq 'HASH' ? '{' . join(',', map { "$_=$v->{$_}" } sort keys %$v) . '}' : $v, "\n";
}
print "ARGV=@ARGV\n";
