use warnings;
no warnings 'recursion';
sub r { $_[0] ? r($_[0] - 1) : "bottom" }
print r(200), "\n";
