open(OUT, '>', '/tmp/perl_t_bare.txt') or die;
print OUT "bareword handle\n";
close(OUT);
open(IN, '/tmp/perl_t_bare.txt') or die;
my $l = <IN>;
close IN;
print $l;
unlink '/tmp/perl_t_bare.txt';
