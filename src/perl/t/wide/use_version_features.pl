use 5.36.0;
say "say is on";
sub twice ($n) { $n * 2 }
say twice(21);
eval 'use 5.012; $undeclared = 1; 1' or print "strict: $@";
eval 'use 5.010_001; say "5.010_001 has say"; 1' or print $@;
eval 'use v5.10; say "v5.10 has say"; 1' or print $@;
