# say adds a newline (and ignores nothing else).
use feature 'say';
say "hello";
say "a", "b";
{ local $, = ","; say 1, 2, 3; }
{ local $\ = "X"; say "with ORS"; print "\n"; }
my @a = qw(x y);
say "@a";
say for 1 .. 2;
open my $fh, '>', 's.txt' or die;
say $fh "to file";
say {$fh} "block";
close $fh;
open $fh, '<', 's.txt' or die; print <$fh>;
say STDOUT "explicit";
