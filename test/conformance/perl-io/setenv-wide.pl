# A character above 0xFF stored in %ENV warns "Wide character in setenv" and
# is kept (and passed to children) as its UTF-8 bytes.
use strict;
use warnings;
$| = 1;
sub show { my $n = shift; print "$n: length ", length($ENV{$n}), ' ', join(' ', map { sprintf '%02x', ord } split //, $ENV{$n}), "\n" }
$ENV{X} = "\x{263a}"; show('X');
system q{printf '%s' "$X" | od -An -tx1};
@ENV{qw(B C)} = ("\x{100}", 'x'); show('B');
$ENV{D} = 'a'; $ENV{D} .= "\x{263a}"; show('D');
$ENV{E} = "\x{263a}"; $ENV{E} =~ s/\x{98}/\x{263a}/; show('E');
my $r = \$ENV{F}; $$r = "\x{263a}"; show('F');
{ local $ENV{G} = "\x{263a}"; show('G'); system q{printf '%s' "$G" | od -An -tx1} }
print 'G after local: ', defined $ENV{G} ? "defined\n" : "undef\n";
$ENV{J} = "caf\xe9"; show('J');
system q{printf '%s' "$J" | od -An -tx1};
{ no warnings 'utf8'; $ENV{I} = "\x{263a}"; show('I') }
{ local %ENV = (H => "\x{263a}", PATH => $ENV{PATH}); show('H'); system q{printf '%s' "$H" | od -An -tx1} }
print "H after: ", exists $ENV{H} ? "exists\n" : "gone\n";
