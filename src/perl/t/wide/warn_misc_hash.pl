use warnings;
my %h = (1);
my %g = {};
my %k = (a => 1, 'b');
print scalar(keys %h), scalar(keys %g), scalar(keys %k), "\n";
