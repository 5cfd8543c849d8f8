my %p = (name => 'Widget', price => 9.5, qty => 3);
printf "%s costs %.2f (x%d = %.2f)\n", @p{qw(name price qty)}, $p{price} * $p{qty};
