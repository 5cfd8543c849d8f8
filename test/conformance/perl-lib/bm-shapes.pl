use Benchmark qw(:all);
my $n = 0;
my $t = timeit(5, sub { $n++ });
print "ran=$n isa=", ref($t), " iters=", $t->iters, " fields=", scalar(@$t), "\n";
my $r = timethese(3, { a => sub { 1 }, b => sub { 2 } }, 'none');
print "keys=", join(',', sort keys %$r), " each=", join(',', map { ref $r->{$_} } sort keys %$r), "\n";
my $out = '';
{ open my $fh, '>', \$out; my $old = select $fh; timethis(2, sub { 1 }, 'lbl'); select $old; }
$out =~ s/ @ .*?\)//; $out =~ s/[\d.]+/N/g;
print "shape: $out";
my @e = do { local $SIG{__WARN__} = sub { print "warned: ", $_[0] =~ /^(bad time value \(\d+\))/, "\n" }; timestr(bless [1, 2], "Benchmark") };
print "short: ", scalar(@e), "\n";
