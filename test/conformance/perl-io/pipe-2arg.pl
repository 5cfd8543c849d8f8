# 2-arg pipes run through the shell.
$| = 1;
open(P, "echo one; echo two |") or die;
my @l = <P>;
close P;
print "from: ", scalar(@l), " @l";
open(P, "| tr a-z A-Z") or die;
print P "shouted\n";
close P;
open(P, "printf 'x y\\n' | wc -w |") or die;
my $n = <P>; close P;
$n =~ s/\s+//g;
print "words: $n\n";
open(P, "sh -c 'exit 2' |") or die;
my @none = <P>;
close P;
print "empty read: ", scalar(@none), " status: ", $? >> 8, "\n";
