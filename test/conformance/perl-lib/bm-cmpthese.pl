use Benchmark qw(cmpthese timestr);
my %r = (
    fast => bless([2, 1.0, 0.0, 0, 0, 5000], 'Benchmark'),
    slow => bless([3, 2.0, 0.5, 0, 0, 1000], 'Benchmark'),
    mid  => bless([2, 1.5, 0.0, 0, 0, 3000], 'Benchmark'),
);
cmpthese(\%r);
my $rows = cmpthese(\%r, 'none');
print join('|', map { join(',', @$_) } @$rows), "\n";
my %s = (a => bless([10, 8.0, 2.0, 0, 0, 4], 'Benchmark'), b => bless([10, 4.0, 1.0, 0, 0, 4], 'Benchmark'));
cmpthese(\%s);
print timestr($r{fast}), "\n";
