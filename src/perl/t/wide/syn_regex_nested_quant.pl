my $r = eval q{ "aaa" =~ /a**/ ; 1 };
print defined $r ? "ok\n" : "err: $@";
