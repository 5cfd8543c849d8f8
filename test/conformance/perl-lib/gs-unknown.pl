use Getopt::Std;
$SIG{__WARN__} = sub { print "warn: $_[0]" };
for my $args ([qw(-a -z)], [qw(-az)], [qw(-b)], [qw(-a -- -z)], [qw(-ab)], [qw(file -a)], [qw(-)], [qw(-bval -a)], [qw(-a -a)]) {
    @ARGV = @$args;
    my %o;
    my $ok = getopts('ab:', \%o);
    print "[@$args] ok=", ($ok ? 1 : 0), " ", join(',', map { "$_=" . ($o{$_} // 'undef') } sort keys %o), " ARGV=@ARGV\n";
}
