my $a = "/tmp/perl_t_ren_a"; my $b = "/tmp/perl_t_ren_b";
open(my $f, '>', $a) or die; print $f "12345"; close $f;
rename $a, $b or die;
print -e $a ? "a exists\n" : "a gone\n";
my @st = stat($b);
print "size $st[7]\n";
print -f $b ? "file\n" : "not file\n";
unlink $b;
