# oracle:
use strict; use warnings;
use Benchmark qw(:all);
# Capture what Benchmark prints and show its shape: numbers become N.
my $out = '';
{
    open my $fh, '>', \$out or die;
    my $old = select $fh;
    my $t = timeit(2000, sub { my $x = join '', 1 .. 20 });
    print timestr($t), "\n";
    print ref $t, ' iters=', $t->iters, "\n";
    timethis(300, sub { 1 });
    timethis(300, sub { 1 }, 'custom');
    my $r = timethese(500, { alpha => sub { my $x = 1 }, beta => sub { my @x = (1) x 50 } });
    print join(',', sort keys %$r), "\n";
    my $rows = cmpthese($r, 'none');
    print scalar(@$rows), " rows, header: [$rows->[0][0]]\n";
    print join('|', map { $_->[0] } @$rows[1, 2]) =~ /alpha|beta/ ? "names ok\n" : "names?\n";
    print timestr(timediff(Benchmark->new, Benchmark->new)), "\n";
    print timestr(timeit(10, sub { 1 }), 'all'), "\n";
    print timestr(timeit(10, sub { 1 }), 'none'), "|\n";
    select $old;
}
$out =~ s/ @ +[\d.]+\/s \(n=\d+\)//g;
$out =~ s/\d+(\.\d+)?/N/g;
$out =~ s/ +/ /g;
print $out;
