# The line caller() and warn report for a statement that spans lines: its
# first line, or where it ends when an anonymous sub inside it was finished.
sub f { my @c = caller; print "line $c[2]\n"; $_[1]->() if ref $_[1]; 1 }
f 'a' => sub {
    1;
};
f('b',
  sub { 2 });
my $x = f('c', sub {
  3 }
);
f 'd' => sub {
    f 'e' => sub {
       4;
    };
};
my $y = f(1,
   2);
f(1,
  2
  ,3);
my %h = (a => 1,
  b => f());
f(1) if
  1;
f(1); f(2,
  3);
my @a = map { $_ } f(1,
  2);
f({ a => 1,
  b => 2 });
$SIG{__WARN__} = sub { print "warn: $_[0]" };
warn "plain",
  "\n" if 0;
my @subs = (sub { 1 },
  sub { 2 }); warn "after subs";
f 'g' => sub { warn "inside" };
