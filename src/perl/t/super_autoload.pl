package Base;
sub new { my $c = shift; bless { @_ }, $c }
sub hello { "Base hello" }
package Derived;
use parent -norequire, 'Base';
sub hello { my $s = shift; "Derived+" . $s->SUPER::hello() }
our $AUTOLOAD;
sub AUTOLOAD { my $s = shift; my $n = $AUTOLOAD; $n =~ s/.*:://; return if $n eq 'DESTROY'; return "auto($n)" }
package main;
my $o = Derived->new(x => 1);
print $o->hello, "\n";
print $o->whatever, "\n";
print $o->{x}, "\n";
