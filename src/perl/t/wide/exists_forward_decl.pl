sub declared;
sub withproto($$);
sub defined_one { 1 }
print exists &declared ? "exists" : "not", "\n";
print defined &declared ? "defined" : "undef", "\n";
print exists &withproto ? "exists" : "not", "\n";
print exists &defined_one ? "exists" : "not", "\n";
print exists &nosuch ? "exists" : "not", "\n";
print exists &main::declared ? "exists" : "not", "\n";
package Foo; sub later;
print exists &Foo::later ? "exists" : "not", "\n";
print exists &later ? "exists" : "not", "\n";
print defined &later ? "defined" : "undef", "\n";
package main;
my $r = \&made_by_ref; print exists &made_by_ref ? "exists" : "not", " ", defined &made_by_ref ? "d" : "u", "\n";
sub AUTOLOAD { our $AUTOLOAD; return "auto($AUTOLOAD)" }
sub stubbed;
print stubbed(), "\n";
print main->stubbed, "\n";
