print "run: ${^GLOBAL_PHASE}\n";
BEGIN { print "begin 1: ${^GLOBAL_PHASE}\n" }
END { print "end 1: ${^GLOBAL_PHASE}\n" }
INIT { print "init 1: ${^GLOBAL_PHASE}\n" }
CHECK { print "check 1: ${^GLOBAL_PHASE}\n" }
UNITCHECK { print "unitcheck 1: ${^GLOBAL_PHASE}\n" }
BEGIN { print "begin 2\n" }
END { print "end 2\n" }
INIT { print "init 2\n" }
CHECK { print "check 2\n" }
UNITCHECK { print "unitcheck 2\n" }
package Obj { sub new { bless {}, shift } sub DESTROY { print "destroy: ${^GLOBAL_PHASE}\n" } }
our $global = Obj->new;
{ my $lex = Obj->new; }
eval 'BEGIN { print "eval begin: ${^GLOBAL_PHASE}\n" } UNITCHECK { print "eval unitcheck\n" } END { print "eval end\n" } 1' or die $@;
print "done\n";
