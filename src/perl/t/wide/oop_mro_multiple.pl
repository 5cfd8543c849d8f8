package A; sub hi { "A::hi" } sub who { "A" }
package B; our @ISA = ('A'); sub who { "B" }
package C; our @ISA = ('A'); sub hi { "C::hi" } sub who { "C" }
package D; our @ISA = ('B', 'C');
package main;
print D->hi, " ", D->who, "\n";
print join(",", @{ mro::get_linear_isa('D') }), "\n";
package E; use mro 'c3'; our @ISA = ('B', 'C');
package main;
print E->hi, " ", join(",", @{ mro::get_linear_isa('E') }), "\n";
