package Time::Piece;
# Time::Piece: localtime and gmtime as objects (year, mon, ymd, strftime,
# epoch, date arithmetic with Time::Seconds, comparisons). The machine's
# zone is UTC, so local time and UTC agree; strptime understands the common
# conversions (%Y %m %d %H %M %S %y %b %B %a %A %j %e %T %D %F %z %Z %s %%).
use strict;
use warnings;
use Exporter ();
use Carp ();
use POSIX ();
use Time::Local ();
use Time::Seconds;

our $VERSION = '1.3401';
our @ISA = ('Exporter');
our @EXPORT = qw(localtime gmtime);

my @MON = qw(Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec);
my @FULLMON = qw(January February March April May June July August September October November December);
my @DAY = qw(Sun Mon Tue Wed Thu Fri Sat);
my @FULLDAY = qw(Sunday Monday Tuesday Wednesday Thursday Friday Saturday);

use overload
    '""' => sub { $_[0]->cdate },
    '<=>' => sub { my ($a, $b, $swap) = @_; my $r = $a->epoch <=> (ref $b ? $b->epoch : $b); $swap ? -$r : $r },
    'cmp' => sub { my ($a, $b, $swap) = @_; my $r = $a->epoch <=> (ref $b ? $b->epoch : $b); $swap ? -$r : $r },
    '-' => \&_subtract,
    '+' => \&_add,
    fallback => undef;

sub _mktime {
    my ($class, $epoch, $islocal) = @_;
    $class = ref $class || $class;
    my @t = $islocal ? CORE::localtime($epoch) : CORE::gmtime($epoch);
    return bless { t => \@t, epoch => $epoch, islocal => $islocal }, $class;
}

sub localtime {
    my $class = @_ && (ref $_[0] || (defined $_[0] && $_[0] eq __PACKAGE__)) ? shift : __PACKAGE__;
    my $epoch = @_ ? shift : CORE::time();
    return wantarray ? CORE::localtime($epoch) : $class->_mktime($epoch, 1);
}

sub gmtime {
    my $class = @_ && (ref $_[0] || (defined $_[0] && $_[0] eq __PACKAGE__)) ? shift : __PACKAGE__;
    my $epoch = @_ ? shift : CORE::time();
    return wantarray ? CORE::gmtime($epoch) : $class->_mktime($epoch, 0);
}

sub new { my ($class, $epoch) = @_; return defined $epoch ? $class->localtime($epoch) : $class->localtime }

sub sec { $_[0]{t}[0] }
sub second { $_[0]{t}[0] }
sub min { $_[0]{t}[1] }
sub minute { $_[0]{t}[1] }
sub hour { $_[0]{t}[2] }
sub mday { $_[0]{t}[3] }
sub day_of_month { $_[0]{t}[3] }
sub mon { $_[0]{t}[4] + 1 }
sub _mon { $_[0]{t}[4] }
sub monname { $MON[ $_[0]{t}[4] ] }
sub month { $MON[ $_[0]{t}[4] ] }
sub fullmonth { $FULLMON[ $_[0]{t}[4] ] }
sub year { $_[0]{t}[5] + 1900 }
sub _year { $_[0]{t}[5] }
sub yy { sprintf '%02d', ($_[0]{t}[5] + 1900) % 100 }
sub wday { $_[0]{t}[6] + 1 }
sub _wday { $_[0]{t}[6] }
sub day_of_week { $_[0]{t}[6] }
sub wdayname { $DAY[ $_[0]{t}[6] ] }
sub day { $DAY[ $_[0]{t}[6] ] }
sub fullday { $FULLDAY[ $_[0]{t}[6] ] }
sub yday { $_[0]{t}[7] }
sub day_of_year { $_[0]{t}[7] }
sub isdst { $_[0]{t}[8] }
sub daylight_savings { $_[0]{t}[8] }
sub epoch { $_[0]{epoch} }
sub tzoffset { return Time::Seconds->new(0) }
sub julian_day { return $_[0]->epoch / 86400 + 2440587.5 }
sub mjd { return $_[0]->epoch / 86400 + 40587 }
sub week { return POSIX::strftime('%V', @{ $_[0]{t} }) + 0 }
sub is_leap_year { my $y = $_[0]->year; return ($y % 4 == 0 && $y % 100 != 0) || $y % 400 == 0 ? 1 : 0 }
sub month_last_day { my $s = shift; my @d = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31); my $m = $s->_mon; return $d[$m] + ($m == 1 && $s->is_leap_year ? 1 : 0) }

sub hms { my ($s, $sep) = @_; $sep = ':' unless defined $sep; return sprintf("%02d$sep%02d$sep%02d", $s->hour, $s->min, $s->sec) }
sub time { return $_[0]->hms(@_[1 .. $#_]) }
sub ymd { my ($s, $sep) = @_; $sep = '-' unless defined $sep; return sprintf("%d$sep%02d$sep%02d", $s->year, $s->mon, $s->mday) }
sub date { return $_[0]->ymd(@_[1 .. $#_]) }
sub mdy { my ($s, $sep) = @_; $sep = '-' unless defined $sep; return sprintf("%02d$sep%02d$sep%d", $s->mon, $s->mday, $s->year) }
sub dmy { my ($s, $sep) = @_; $sep = '-' unless defined $sep; return sprintf("%02d$sep%02d$sep%d", $s->mday, $s->mon, $s->year) }
sub datetime { my $s = shift; return $s->ymd . 'T' . $s->hms }
sub cdate { my $s = shift; return sprintf('%s %s %2d %02d:%02d:%02d %d', $s->day, $s->month, $s->mday, $s->hour, $s->min, $s->sec, $s->year) }

sub strftime {
    my ($s, $fmt) = @_;
    $fmt = '%a, %d %b %Y %H:%M:%S %Z' unless defined $fmt;
    return POSIX::strftime($fmt, @{ $s->{t} });
}

sub add_months {
    my ($s, $n) = @_;
    my $m = $s->_mon + $n;
    my $y = $s->year + POSIX::floor($m / 12);
    $m %= 12;
    my $e = Time::Local::timegm(0, 0, 0, 1, $m, $y) + ($s->mday - 1) * 86400 + $s->hour * 3600 + $s->min * 60 + $s->sec;
    return $s->_mktime($e, $s->{islocal});
}
sub add_years { my ($s, $n) = @_; return $s->add_months(12 * $n) }

sub _add {
    my ($s, $secs) = @_;
    $secs = $secs->seconds if ref $secs;
    return $s->_mktime($s->epoch + $secs, $s->{islocal});
}

sub _subtract {
    my ($s, $other, $swap) = @_;
    Carp::croak("Can't subtract a date from a number") if $swap;
    return Time::Seconds->new($s->epoch - $other->epoch) if ref $other && $other->isa('Time::Piece');
    return $s->_mktime($s->epoch - (ref $other ? $other->seconds : $other), $s->{islocal});
}

my %MONNUM = map { (lc $MON[$_] => $_) } 0 .. 11;

sub strptime {
    my ($class, $str, $fmt) = @_;
    my %f = (Y => 1970, m => 1, d => 1, H => 0, M => 0, S => 0, z => 0);
    my $epoch;
    my $re = '';
    my @fields;
    my %pat = (Y => '(\d{4})', m => '(\d{1,2})', d => '(\d{1,2})', e => '\s*(\d{1,2})', H => '(\d{1,2})', M => '(\d{1,2})',
        S => '(\d{1,2})', y => '(\d{2})', j => '(\d{1,3})', b => '([A-Za-z]{3})[a-z]*', B => '([A-Za-z]{3})[a-z]*',
        h => '([A-Za-z]{3})[a-z]*', a => '[A-Za-z]+', A => '[A-Za-z]+', z => '([-+]\d{4}|Z)', Z => '[A-Z]+', s => '(\d+)',
        n => '\s+', t => '\s+', '%' => '%');
    $fmt =~ s/%T/%H:%M:%S/g;
    $fmt =~ s/%D/%m\/%d\/%y/g;
    $fmt =~ s/%F/%Y-%m-%d/g;
    $fmt =~ s/%R/%H:%M/g;
    for my $part (split /(%.)/, $fmt) {
        if ($part =~ /^%(.)$/) {
            my $c = $1;
            Carp::croak("Time::Piece::strptime: %$c is not supported on this machine") unless exists $pat{$c};
            $re .= $pat{$c};
            push @fields, $c if $pat{$c} =~ /\(/;
        } else {
            (my $lit = $part) =~ s/\s+/\\s*/g;
            $re .= join '\s*', map { quotemeta } split /\\s\*/, $lit, -1;
        }
    }
    my @v = $str =~ /^\s*$re/ or Carp::croak('Error parsing time');
    for my $i (0 .. $#fields) {
        my ($c, $v) = ($fields[$i], $v[$i]);
        if ($c eq 'e') { $f{d} = $v }
        elsif ($c eq 'y') { $f{Y} = $v < 69 ? 2000 + $v : 1900 + $v }
        elsif ($c =~ /^[bBh]$/) { $f{m} = $MONNUM{ lc $v } + 1 }
        elsif ($c eq 'j') { $f{j} = $v }
        elsif ($c eq 'z') { $f{z} = $v eq 'Z' ? 0 : ($v =~ /^([-+])(\d\d)(\d\d)$/ ? ($1 eq '-' ? -1 : 1) * ($2 * 3600 + $3 * 60) : 0) }
        elsif ($c eq 's') { $epoch = $v }
        else { $f{$c} = $v }
    }
    unless (defined $epoch) {
        $epoch = Time::Local::timegm($f{S}, $f{M}, $f{H}, defined $f{j} ? 1 : $f{d}, defined $f{j} ? 0 : $f{m} - 1, $f{Y});
        $epoch += ($f{j} - 1) * 86400 if defined $f{j};
        $epoch -= $f{z};
    }
    return $class->_mktime($epoch, 0);
}

1;
