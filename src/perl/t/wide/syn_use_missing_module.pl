my $ok = eval "use No::Such::Module; 1";
my $m = $@;
$m =~ s/ \(\@INC.*//s;
print "ok=", defined $ok ? 1 : 0, "\n$m\n";
