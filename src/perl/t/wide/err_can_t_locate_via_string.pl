my $class = "Nope::Class";
eval { $class->new };
print $@;
eval { my $m = "meth"; main->$m };
print $@;
