use strict;
use warnings;
use constant COLORS => [qw(red green blue)];
use constant LIMITS => { min => 1, max => 9 };
use constant ORIGIN => [0, 0];
use constant { DIRS => [qw(N E S W)], EMPTY_LIST => [] };
print "second color: ", COLORS->[1], " count: ", scalar(@{+COLORS}), "\n";
print "all: @{ COLORS() }\n";
print "limits: ", LIMITS->{min}, "..", LIMITS->{max}, " keys: ", join(',', sort keys %{+LIMITS}), "\n";
my ($x, $y) = @{+ORIGIN};
print "origin: $x,$y\n";
print "dirs: ", join('', @{+DIRS}), " last: ", DIRS->[-1], " empty: ", scalar(@{+EMPTY_LIST}), "\n";
for my $i (0 .. $#{+COLORS}) { print "$i=", COLORS->[$i], ";" }
print "\n";
push @{+COLORS}, 'black';
print "mutated through constant: ", scalar(@{+COLORS}), "\n";
print "same ref each call: ", (COLORS == COLORS ? 1 : 0), "\n";
my %copy = %{+LIMITS}; $copy{max} = 100;
print "copy independent: ", LIMITS->{max}, "\n";
