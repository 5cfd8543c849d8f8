# %ENV values are strings in the child: numbers, empty and undef values, keys set in a loop.
$| = 1;
$ENV{NUM} = 42; $ENV{FLOAT} = 0.5; $ENV{EMPTY} = ''; { no warnings; $ENV{UNDEF} = undef; }
$ENV{"K$_"} = $_ * 2 for 1 .. 3;
system 'echo "NUM=$NUM FLOAT=$FLOAT EMPTY=[$EMPTY] UNDEF=[${UNDEF-unset}] K1=$K1 K3=$K3"';
print "exists UNDEF: ", (exists $ENV{UNDEF} ? 1 : 0), "\n";
system 'env | grep -c "^K[0-9]="';
