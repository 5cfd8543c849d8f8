# Printing lists, hashes in order, and the return of print to a file.
my @a = (1 .. 3);
print @a, "\n";
print "@a[0,1]\n";
my %h = (b => 2, a => 1);
print map({ "$_=$h{$_};" } sort keys %h), "\n";
print "join: ", join(',', reverse @a), "\n";
open my $fh, '>', 'x.txt' or die;
my $r = print $fh @a;
close $fh;
print "print returned $r, file: ", -s 'x.txt', "\n";
print scalar(@a), "\n";
print "nested: ", (map { $_ * 2 } @a), "\n";
local $| = 1;
print STDOUT ("parens", " ", "list\n");
print(("a") x 3, "\n");
