use feature 'say';
say "hello";
say for 1..2;
say STDOUT "to stdout";
my @l = qw(a b);
say @l;
{ local $, = "-"; say @l; }
{ local $\ = "!"; say "with ors"; print "x"; }
print "\n";
print STDOUT ("paren", "\n");
printf STDOUT ("%s\n", "printf paren");
my $fh = \*STDOUT;
print $fh "via glob ref\n";
print {$fh} "via block\n";
say {$fh} "say block";
