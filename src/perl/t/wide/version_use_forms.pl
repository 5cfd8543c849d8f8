use v5.10;
use 5.010;
use 5.010_001;
use 5.36.0;
require 5.006;
require v5.6.1;
say "compiled";
for my $code ('use 5.6; 1', 'use 5.040; 1', 'use v5.36.1; 1', 'use 5.036001; 1', 'use 6; 1', 'use v7.0; 1',
              'no v5.10; 1', 'no 5.006; 1', 'no v6; 1', 'require 5.040_001; 1', 'require v7.1.2; 1', 'use 5.4; 1',
              'use 5.036; 1', 'use 5.36.0; 1') {
  my $ok = eval $code;
  print $ok ? "$code: ok\n" : "$code: $@";
}
my $r = eval { require 7; 1 };
print $r ? "require 7 passed\n" : "require 7: $@";
