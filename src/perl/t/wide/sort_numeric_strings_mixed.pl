my @v = ("1.5", "1e1", "0x10", "  7", "-2", "3abc");
{ no warnings; print join(" ", sort { $a <=> $b } @v), "\n"; }
print join(" ", sort { $a cmp $b } @v), "\n";
my %h = (apple => 3, pear => 1, fig => 3, kiwi => 2);
print join(" ", sort { $h{$b} <=> $h{$a} || $a cmp $b } keys %h), "\n";
my @sorted = sort { $a <=> $b } (3, 1, 2);
@sorted = sort { $b <=> $a } @sorted;
print "@sorted\n";
