package Counter;
my $instances = 0;
sub new { my $class = shift; $instances++; return bless { count => 0 }, $class }
sub inc { $_[0]{count}++; $_[0] }
sub value { $_[0]{count} }
sub instances { $instances }
package main;
my $c = Counter->new;
$c->inc->inc->inc;
print $c->value, " ", Counter->instances, " ", Counter::instances(), "\n";
my $class = "Counter";
my $d = $class->new;
print Counter->instances, "\n";
