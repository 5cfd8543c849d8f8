package Benchmark;
# Timing Perl code: timeit/countit run code and return Benchmark objects
# (wallclock, user, system, children's user and system, iterations);
# timestr formats them; timethis/timethese print reports; cmpthese prints
# the table of rates and relative speeds.
use strict;
no warnings;
use Carp ();
use Exporter ();

our $VERSION = '1.23';
our @ISA = ('Exporter');
our @EXPORT = qw(timeit timethis timethese timediff timestr);
our @EXPORT_OK = qw(timesum cmpthese countit clearcache clearallcache disablecache enablecache);
our %EXPORT_TAGS = (all => [ @EXPORT, @EXPORT_OK ], hireswallclock => []);

our ($Min_Count, $Min_CPU, $Default_Format, $Default_Style) = (4, 0.4, '5.2f', 'auto');
my $hires;

sub import {
    my @list = grep { $_ ne ':hireswallclock' } @_;
    $hires = 1 if @list != @_;
    Benchmark->export_to_level(1, @list);
    return;
}

sub _now { return $hires ? do { require Time::HiRes; Time::HiRes::time() } : time }

sub new { my @t = (_now(), times, 0); return bless \@t, ref $_[0] || $_[0] }
sub real { $_[0][0] }
sub cpu_p { $_[0][1] + $_[0][2] }
sub cpu_c { $_[0][3] + $_[0][4] }
sub cpu_a { $_[0][1] + $_[0][2] + $_[0][3] + $_[0][4] }
sub iters { $_[0][5] }

sub timediff {
    my ($a, $b) = @_;
    my @r = map { $a->[$_] - $b->[$_] } 0 .. 5;
    return bless \@r, 'Benchmark';
}

sub timesum {
    my ($a, $b) = @_;
    return bless [ (map { $a->[$_] + $b->[$_] } 0 .. 4), $a->[5] + $b->[5] ], 'Benchmark';
}

sub timestr {
    my ($tr, $style, $f) = @_;
    no warnings;
    my @t = @$tr;
    warn "bad time value (@t)" unless @t == 6;
    my ($r, $pu, $ps, $cu, $cs, $n) = @t;
    my ($pt, $ct, $tt) = ($tr->cpu_p, $tr->cpu_c, $tr->cpu_a);
    $f = $Default_Format unless defined $f;
    $style = $Default_Style unless $style;
    return '' if $style eq 'none';
    $style = ($ct > 0) ? 'all' : 'noc' if $style eq 'auto';
    my $s = '@ %n/s (n=$n)';
    my $elapsed = do {
        if ($style eq 'nop') { $cu + $cs }
        elsif ($style eq 'noc') { $pu + $ps }
        else { $cu + $cs + $pu + $ps }
    };
    my $timestr;
    if ($style eq 'all') {
        $timestr = sprintf "%2d wallclock secs (%$f usr %$f sys + %$f cusr %$f csys = %$f CPU)", $r, $pu, $ps, $cu, $cs, $tt;
    } elsif ($style eq 'noc') {
        $timestr = sprintf "%2d wallclock secs (%$f usr + %$f sys = %$f CPU)", $r, $pu, $ps, $pt;
    } elsif ($style eq 'nop') {
        $timestr = sprintf "%2d wallclock secs (%$f cusr + %$f csys = %$f CPU)", $r, $cu, $cs, $ct;
    }
    $timestr .= sprintf(" @ %$f/s (n=$n)", $n / $elapsed) if $n && $elapsed;
    return $timestr;
}

sub _run {
    my ($n, $code) = @_;
    my $sub = ref $code eq 'CODE' ? $code : do {
        my $text = $code;
        my $c = eval "sub { $text }";
        Carp::croak($@) if $@;
        $c;
    };
    my $t0 = Benchmark->new;
    $sub->() for 1 .. $n;
    my $t1 = Benchmark->new;
    return timediff($t1, $t0);
}

sub timeit {
    my ($n, $code) = @_;
    my $empty = _run($n, sub { });
    my $wn = _run($n, $code);
    my @d = map { my $v = $wn->[$_] - $empty->[$_]; $v < 0 ? 0 : $v } 0 .. 4;
    $d[0] = $wn->[0];
    return bless [ @d, $n ], 'Benchmark';
}

sub countit {
    my ($tmax, $code) = @_;
    $tmax = 3 if !$tmax || $tmax < 0.1;
    my $n = 1;
    my $t;
    while (1) {
        $t = timeit($n, $code);
        last if $t->cpu_p >= $tmax || $n > 1e9;
        my $cpu = $t->cpu_p;
        $n = $cpu > 0.01 ? int($n * $tmax / $cpu * 1.05) + 1 : $n * 10;
    }
    return $t;
}

sub timethis {
    my ($n, $code, $title, $style) = @_;
    my $t = $n > 0 ? timeit($n, $code) : countit(-$n, $code);
    $n = $t->iters;
    $title = "timethis $n" unless defined $title;
    $style = '' unless defined $style;
    printf "%10s: ", $title unless $style eq 'none';
    print timestr($t, $style, $Default_Format), "\n" unless $style eq 'none';
    print "            (warning: too few iterations for a reliable count)\n"
        if $n < $Min_Count || ($t->real < 1 && $n < 1000) || $t->cpu_a < $Min_CPU;
    return $t;
}

sub timethese {
    my ($n, $alt, $style) = @_;
    Carp::croak('usage: timethese(count, { \'Name1\'=>\'code1\', ... }') unless ref $alt eq 'HASH';
    my @names = sort keys %$alt;
    $style = '' unless defined $style;
    unless ($style eq 'none') {
        print 'Benchmark: ';
        if ($n > 0) { print "timing $n iterations of" }
        else { print 'running' }
        print ' ', join(', ', @names);
        print ', each' if $n <= 0 && @names > 1;
        print " for at least ", -$n, ' CPU seconds' if $n <= 0;
        print "...\n";
    }
    my %results;
    for my $name (@names) {
        $results{$name} = timethis($n, $alt->{$name}, sprintf('%10s', $name), $style);
    }
    return \%results;
}

sub cmpthese {
    my $results = ref $_[0] ? $_[0] : timethese(@_);
    my $style = ref $_[0] ? $_[1] : $_[2];
    $style = '' unless defined $style;
    my @unsorted = map { [ $_, @{ $results->{$_} } ] } keys %$results;
    for (@unsorted) {
        my $elapsed = $_->[2] + $_->[3] + $_->[4] + $_->[5];
        $_->[7] = $elapsed ? $_->[6] / $elapsed : 0;
    }
    my @vals = sort { $a->[7] <=> $b->[7] || $a->[0] cmp $b->[0] } @unsorted;
    my $display_as_rate = @vals ? ($vals[ $#vals >> 1 ][7] > 1) : 0;
    my @rows = ([ '', $display_as_rate ? 'Rate' : 's/iter', map { $_->[0] } @vals ]);
    for my $row (@vals) {
        my $rate = $row->[7];
        my $shown = $display_as_rate ? $rate : $rate ? 1 / $rate : 0;
        my $fmt = $shown >= 100 ? '%0.0f' : $shown >= 10 ? '%0.1f' : $shown >= 1 ? '%0.2f' : '%0.3f';
        my @r = ($row->[0], sprintf($fmt, $shown) . ($display_as_rate ? '/s' : ''));
        for my $col (@vals) {
            if ($col->[0] eq $row->[0]) { push @r, '--'; next }
            my $pct = $col->[7] ? 100 * $rate / $col->[7] - 100 : 0;
            push @r, sprintf('%.0f%%', $pct);
        }
        push @rows, \@r;
    }
    return \@rows if $style eq 'none';
    my ($w0, $w1, $wn) = (0, 0, 0);
    for my $r (@rows) {
        $w0 = length $r->[0] if length $r->[0] > $w0;
        $w1 = length $r->[1] if length $r->[1] > $w1;
        for (@$r[ 2 .. $#$r ]) { $wn = length if length > $wn }
    }
    for my $r (@rows) {
        print join(' ', sprintf('%-*s', $w0, $r->[0]), sprintf('%*s', $w1, $r->[1]),
            map { sprintf '%*s', $wn, $_ } @$r[ 2 .. $#$r ]), "\n";
    }
    return \@rows;
}

sub clearcache { }
sub clearallcache { }
sub disablecache { }
sub enablecache { }

1;
