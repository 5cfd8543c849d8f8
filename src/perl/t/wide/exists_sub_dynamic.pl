sub decl; *glob_made = sub { 1 };
sub named_one { 2 }
print exists &glob_made ? 1 : 0, exists &{"decl"} ? 1 : 0, exists &{"nope"} ? 1 : 0, "\n";
my $n = "decl"; no strict 'refs'; print exists &$n ? 1 : 0, defined &$n ? 1 : 0, "\n";
my $cr = \&named_one; print exists &$cr ? 1 : 0, "\n";
undef &named_one; print exists &named_one ? 1 : 0, defined &named_one ? 1 : 0, "\n";
eval { named_one() }; print $@;
eval 'sub named_one { 3 } 1' or die; print named_one(), "\n";
