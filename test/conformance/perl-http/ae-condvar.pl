# oracle:
BEGIN { $ENV{PERL_ANYEVENT_MODEL} = 'Perl' }
use strict; use warnings;
use AnyEvent;
my $cv = AnyEvent->condvar;
print "ready before: ", ($cv->ready ? 1 : 0), "\n";
$cv->send(1, 2, 3);
print "ready after: ", ($cv->ready ? 1 : 0), " list: ", join(',', $cv->recv), " scalar: ", scalar($cv->recv), "\n";
my $g = AnyEvent->condvar;
my @order;
$g->begin(sub { push @order, 'all done'; $_[0]->send('group result') });
for my $i (1 .. 3) {
    $g->begin;
    my $w; $w = AnyEvent->timer(after => 0.01 * $i, cb => sub { push @order, "job $i"; undef $w; $g->end });
}
$g->end;
print "group: ", $g->recv, " order: @order\n";
my $later = AnyEvent->condvar;
$later->cb(sub { print "cb fired with ", $_[0]->recv, "\n" });
my $t = AnyEvent->timer(after => 0.01, cb => sub { $later->send('x') });
my $sync = AnyEvent->condvar; my $t2 = AnyEvent->timer(after => 0.05, cb => sub { $sync->send }); $sync->recv;
my $pre = AnyEvent->condvar; $pre->send('early'); $pre->cb(sub { print "cb on ready cv: ", $_[0]->recv, "\n" });
my $n = AnyEvent->condvar; $n->croak("nope\n"); eval { $n->recv }; print "croak newline: $@";
print "model: $AnyEvent::MODEL\n";
