package A; sub new { bless {}, shift } sub who { "A" } sub hi { my $s = shift; "hi from " . $s->who }
package B; our @ISA = ('A'); sub who { "B" }
package C; our @ISA = ('B');
package main;
print C->new->hi, "\n";
print A->new->hi, "\n";
print C->can('who')->(C->new), "\n";
print ref(C->new), "\n";
print C->isa('A') ? "yes\n" : "no\n";
