my $r = eval "1;\n2;\ndie 'third';\n";
print $@;
eval "\n\nmy \$x = ;";
print $@;
eval { die "block\n" };
print $@;
my $v = eval "2 + 3";
print "$v\n";
