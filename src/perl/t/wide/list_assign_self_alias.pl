# A list assignment whose values are the target's own elements keeps the referents alive.
my @x = ([2], [1]);
@x = sort { $a->[0] <=> $b->[0] } @x;
print "[$x[0][0]] [$x[1][0]]\n";
my @a = ([1], [2], [3]);
@a = reverse @a; print join(",", map { $_->[0] } @a), "\n";
@a = map { $_ } @a; print join(",", map { $_->[0] } @a), "\n";
(@a) = @a[1, 0]; print join(",", map { $_->[0] } @a), "\n";
@a = grep { $_->[0] > 1 } @a; print scalar(@a), " $a[0][0]\n";
my %h = (a => [5], b => { k => 'v' });
%h = (%h, x => 1); print join(",", map { "$_=" . (ref $h{$_} || $h{$_}) } sort keys %h), " $h{a}[0] $h{b}{k}\n";
%h = reverse %h; print scalar(keys %h), "\n";
my @objs = map { bless { n => $_ }, 'Obj' } 1 .. 3;
sub Obj::DESTROY { print "destroy $_[0]{n}\n" }
@objs = @objs[2, 1]; print "kept ", join(",", map { $_->{n} } @objs), "\n";
@objs = ();
print "end\n";
