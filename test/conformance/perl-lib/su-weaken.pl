use strict;
use warnings;
use Scalar::Util qw(weaken isweak unweaken);
package Tracker; my $destroyed = 0;
sub new { bless { name => $_[1] }, $_[0] }
sub DESTROY { print "DESTROY $_[0]{name}\n" }
package main;
{
    my $strong = Tracker->new('a');
    my $weak = $strong;
    weaken($weak);
    print "isweak: ", (isweak($weak) ? 1 : 0), " strong: ", (isweak($strong) ? 1 : 0), "\n";
    undef $strong;
    print "after undef: ", (defined $weak ? "defined" : "undef"), "\n";
}
{
    my $parent = { name => 'p' };
    my $child = { name => 'c', parent => $parent };
    $parent->{child} = $child;
    weaken($child->{parent});
    print "cycle weak: ", (isweak($child->{parent}) ? 1 : 0), "\n";
    print "parent via child: $child->{parent}{name}\n";
}
{
    my $t = Tracker->new('b');
    my $w = $t; weaken($w);
    unweaken($w);
    print "unweakened: ", (isweak($w) ? 1 : 0), "\n";
    undef $t;
    print "still: ", (defined $w ? $w->{name} : 'gone'), "\n";
}
my @list = (Tracker->new('c'));
my $wr = $list[0]; weaken($wr);
@list = ();
print "list cleared: ", (defined $wr ? 'alive' : 'gone'), "\n";
my $copy;
{ my $o = Tracker->new('d'); my $w2 = $o; weaken($w2); $copy = $w2; print "copy weak: ", (isweak($copy) ? 1 : 0), "\n"; }
print "end\n";
