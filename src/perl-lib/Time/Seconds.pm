package Time::Seconds;
# Time::Seconds: a duration in seconds, as Time::Piece subtraction returns
# it, with the ONE_DAY-style constants and unit conversions.
use strict;
use warnings;
use Exporter ();

our $VERSION = '1.3401';
our @ISA = ('Exporter');
our @EXPORT = qw(ONE_MINUTE ONE_HOUR ONE_DAY ONE_WEEK ONE_MONTH ONE_YEAR ONE_FINANCIAL_MONTH LEAP_YEAR NON_LEAP_YEAR);
our @EXPORT_OK = qw(cs_sec cs_mon);

sub ONE_MINUTE () { 60 }
sub ONE_HOUR () { 3_600 }
sub ONE_DAY () { 86_400 }
sub ONE_WEEK () { 604_800 }
sub ONE_MONTH () { 2_629_744 }
sub ONE_YEAR () { 31_557_600 }
sub ONE_FINANCIAL_MONTH () { 2_592_000 }
sub LEAP_YEAR () { 31_622_400 }
sub NON_LEAP_YEAR () { 31_536_000 }

use overload
    '0+' => sub { $_[0][0] },
    '""' => sub { $_[0][0] },
    '<=>' => sub { my ($a, $b, $swap) = @_; my $r = $a->[0] <=> (ref $b ? $b->[0] : $b); $swap ? -$r : $r },
    '-' => sub { my ($a, $b, $swap) = @_; my $v = $a->[0] - (ref $b ? $b->[0] : $b); Time::Seconds->new($swap ? -$v : $v) },
    '+' => sub { my ($a, $b) = @_; Time::Seconds->new($a->[0] + (ref $b ? $b->[0] : $b)) },
    fallback => 1;

sub new { my ($class, $v) = @_; return bless [ defined $v ? $v : 0 ], ref $class || $class }
sub seconds { $_[0][0] }
sub minutes { $_[0][0] / 60 }
sub hours { $_[0][0] / 3600 }
sub days { $_[0][0] / 86400 }
sub weeks { $_[0][0] / 604800 }
sub months { $_[0][0] / 2_629_744 }
sub years { $_[0][0] / 31_557_600 }
sub copy { Time::Seconds->new($_[0][0]) }

sub _counted { my ($n, $what) = @_; return "$n " . ($n == 1 ? $what : "${what}s") }

# "1 day, 2 hours, 0 minutes, 5 seconds": once a unit shows, the smaller ones do too.
sub pretty {
    my $s = $_[0][0];
    my $str = '';
    if ($s < 0) { $s = -$s; $str = 'minus ' }
    if ($s >= 60) {
        if ($s >= 3600) {
            if ($s >= 86400) { my $d = int($s / 86400); $str .= _counted($d, 'day') . ', '; $s -= $d * 86400 }
            my $h = int($s / 3600); $str .= _counted($h, 'hour') . ', '; $s -= $h * 3600;
        }
        my $m = int($s / 60); $str .= _counted($m, 'minute') . ', '; $s -= $m * 60;
    }
    return $str . _counted($s, 'second');
}

1;
