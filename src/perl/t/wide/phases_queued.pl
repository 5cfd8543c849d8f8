use warnings;
INIT { print "main init 1\n" }
CHECK { print "main check 1\n" }
BEGIN {
  eval q{
    package Early;
    BEGIN { print "Early begin ${^GLOBAL_PHASE}\n" }
    INIT { print "Early init ${^GLOBAL_PHASE}\n" }
    CHECK { print "Early check ${^GLOBAL_PHASE}\n" }
    UNITCHECK { print "Early unitcheck\n" }
    END { print "Early end\n" }
    1;
  } or die $@;
}
INIT { print "main init 2\n" }
CHECK { print "main check 2\n" }
print "run ${^GLOBAL_PHASE}\n";
$SIG{__WARN__} = sub { print "warning: $_[0]" };
eval q{
  INIT { print "late init\n" }
  CHECK { print "late check\n" }
  1;
} or die $@;
{ no warnings; eval q{ INIT { print "quiet late init\n" } 1 } or die $@; }
print "done\n";
