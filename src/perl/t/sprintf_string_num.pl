my $v = "42abc";
{ no warnings; printf "%d\n", $v; }
printf "%s %s\n", 1/4, 3 * 1.1;
