eval { require "no_such_file.pl" };
(my $m = $@) =~ s/ \(\@INC.*//s;
print "$m\n";
