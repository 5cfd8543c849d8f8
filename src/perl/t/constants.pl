use constant PI => 3.14159;
use constant { E => 2.718, NAME => 'const' };
use constant LIST => (1, 2, 3);
printf "%.2f %.3f %s\n", PI, E, NAME;
my @l = (LIST);
print scalar(@l), "\n";
print PI * 2, "\n";
