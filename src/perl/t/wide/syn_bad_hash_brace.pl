my %h = (a => 1;
print "$h{a}\n";
