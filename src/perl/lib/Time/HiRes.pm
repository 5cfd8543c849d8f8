package Time::HiRes;
# Time::HiRes: sub-second time and sleep on the machine's clock (time, sleep
# and usleep are natives; the rest are written on them).
use Exporter 'import';
our $VERSION = '1.9770';
our @EXPORT_OK = qw(time sleep usleep nanosleep gettimeofday tv_interval clock_gettime clock_getres
  clock CLOCK_REALTIME CLOCK_MONOTONIC CLOCK_PROCESS_CPUTIME_ID ualarm alarm);

sub CLOCK_REALTIME () { 0 }
sub CLOCK_MONOTONIC () { 1 }
sub CLOCK_PROCESS_CPUTIME_ID () { 2 }

sub gettimeofday {
    my $t = Time::HiRes::time();
    my $s = int $t;
    my $us = int(($t - $s) * 1_000_000 + 0.5);
    ($s, $us) = ($s + 1, 0) if $us >= 1_000_000;
    return wantarray ? ($s, $us) : $s + $us / 1_000_000;
}

sub tv_interval {
    my ($a, $b) = @_;
    $b = [gettimeofday()] unless defined $b;
    return ($b->[0] - $a->[0]) + (($b->[1] || 0) - ($a->[1] || 0)) / 1_000_000;
}

sub nanosleep { my $ns = shift; Time::HiRes::usleep($ns / 1000); return $ns }
sub clock_gettime { return Time::HiRes::time() }
sub clock_getres { return 1e-9 }
sub clock { my @t = times; return $t[0] + $t[1] }
# The interval timer in milliseconds: what was left of the previous one comes back.
sub alarm { my ($s, $int) = @_; return _setitimer($s * 1000, ($int || 0) * 1000) / 1000 }
sub ualarm { my ($us, $int) = @_; return int(_setitimer($us / 1000, ($int || 0) / 1000) * 1000) }
1;
