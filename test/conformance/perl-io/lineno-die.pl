# die and warn mention the last read handle and its line number.
open my $w, '>', 'in.txt' or die; print $w "x\ny\nz\n"; close $w;
open my $fh, '<', 'in.txt' or die;
<$fh>; <$fh>;
warn "warned";
eval { die "died" };
print "eval: $@";
open IN, '<', 'in.txt' or die;
<IN>;
warn "bareword";
close IN;
warn "after close";
my @all = <$fh>;
warn "at end";
$/ = undef;
open $fh, '<', 'in.txt'; <$fh>;
warn "slurped";
