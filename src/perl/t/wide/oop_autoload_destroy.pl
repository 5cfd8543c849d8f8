package Obj;
our $AUTOLOAD;
sub new { my ($c, $n) = @_; print "new $n\n"; bless { n => $n }, $c }
sub AUTOLOAD {
    my $self = shift;
    my $name = $AUTOLOAD;
    $name =~ s/.*:://;
    return if $name eq 'DESTROY';
    return "auto($name) for $self->{n} args(@_)";
}
package Res;
sub new { my ($c, $n) = @_; bless { n => $n }, $c }
sub DESTROY { print "destroy $_[0]{n}\n" }
package main;
my $o = Obj->new('o1');
print $o->anything(1, 2), "\n";
print Obj->new('o2')->other, "\n";
{
    my $a1 = Res->new('first');
    my $b1 = Res->new('second');
    print "leaving block\n";
}
my $x = Res->new('reassigned');
$x = Res->new('replacement');
undef $x;
my $outer = Res->new('outer');
$outer->{child} = Res->new('child');
undef $outer;
my @list = map { Res->new("l$_") } 1..2;
@list = ();
sub tmp { Res->new('temp')->{n} }
print "got ", tmp(), "\n";
print "end of main\n";
our $global = Res->new('global');
