package Time::Local;
# The inverse of localtime/gmtime: seconds since the epoch from
# (sec, min, hour, mday, mon, year). The plain functions take years as
# localtime gives them (with the two-digit rolling century); _posix takes
# year - 1900 and _modern takes the full year.
use strict;
use warnings;
use Exporter ();
use Carp ();

our $VERSION = '1.30';
our @ISA = ('Exporter');
our @EXPORT = qw(timegm timelocal);
our @EXPORT_OK = qw(timegm_nocheck timelocal_nocheck timegm_modern timelocal_modern
    timegm_posix timelocal_posix);

my @MonthDays = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);

sub _leap { my $y = shift; return ($y % 4 == 0 && $y % 100 != 0) || $y % 400 == 0; }

# Days from 1970-01-01 to the given date (full year, month 0..11), on a
# year that starts in March. Like the real module, a month index outside
# 0..11 (timegm_nocheck) stays within that March-based year.
sub _days {
    my ($y, $m, $d) = @_;
    my $mm = ($m + 10) % 12;
    my $yy = $y - int($mm / 10);
    return $d - 1 + _civil($yy, $mm) - _civil(1969, 10);
}
sub _civil {
    my ($y, $mm) = @_;
    return 365 * $y + int($y / 4) - int($y / 100) + int($y / 400) + int(($mm * 306 + 5) / 10);
}

sub _year {
    my $y = shift;
    return $y if $y > 999;
    return $y + 1900 if $y >= 100;
    my $this = (localtime)[5] + 1900;
    my $century = int($this / 100) * 100;
    my $full = $century + $y;
    $full -= 100 if $full > $this + 50;
    $full += 100 if $full <= $this - 50;
    return $full;
}

sub _check {
    my ($sec, $min, $hour, $mday, $mon, $year) = @_;
    Carp::croak("Month '$mon' out of range 0..11") if $mon > 11 || $mon < 0;
    my $md = $MonthDays[$mon];
    $md++ if $mon == 1 && _leap($year);
    Carp::croak("Day '$mday' out of range 1..$md") if $mday > $md || $mday < 1;
    Carp::croak("Hour '$hour' out of range 0..23") if $hour > 23 || $hour < 0;
    Carp::croak("Minute '$min' out of range 0..59") if $min > 59 || $min < 0;
    Carp::croak("Second '$sec' out of range 0..59") if $sec >= 60 || $sec < 0;
    return;
}

sub _gm {
    my ($check, $sec, $min, $hour, $mday, $mon, $year) = @_;
    _check($sec, $min, $hour, $mday, $mon, $year) if $check;
    return ((_days($year, $mon, $mday) * 24 + $hour) * 60 + $min) * 60 + $sec;
}

sub timegm          { my @t = @_[0 .. 5]; $t[5] = _year($t[5]); return _gm(1, @t); }
sub timegm_nocheck  { my @t = @_[0 .. 5]; $t[5] = _year($t[5]); return _gm(0, @t); }
sub timegm_modern   { return _gm(1, @_[0 .. 5]); }
sub timegm_posix    { my @t = @_[0 .. 5]; $t[5] += 1900; return _gm(1, @t); }

# Local time: guess with the offset at the UTC reading, then correct once.
sub _local {
    my ($check, @t) = @_;
    my $gm = _gm($check, @t);
    my $guess = $gm - _offset($gm);
    my $off2 = _offset($guess);
    $guess = $gm - $off2;
    return $guess;
}

sub _offset {
    my $t = shift;
    my @l = localtime $t;
    my @g = gmtime $t;
    return _gm(0, @l[0 .. 4], $l[5] + 1900) - _gm(0, @g[0 .. 4], $g[5] + 1900);
}

sub timelocal         { my @t = @_[0 .. 5]; $t[5] = _year($t[5]); return _local(1, @t); }
sub timelocal_nocheck { my @t = @_[0 .. 5]; $t[5] = _year($t[5]); return _local(0, @t); }
sub timelocal_modern  { return _local(1, @_[0 .. 5]); }
sub timelocal_posix   { my @t = @_[0 .. 5]; $t[5] += 1900; return _local(1, @t); }

1;
