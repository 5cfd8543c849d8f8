# oracle:
BEGIN { $ENV{MOJO_REACTOR} = "Mojo::Reactor::Poll" }
use strict; use warnings;
use Mojo::Promise;
use Mojo::IOLoop;
my @log;
my $p = Mojo::Promise->new;
$p->then(sub { push @log, "then1 @_"; "r1" })->then(sub { push @log, "then2 @_"; die "oops\n" })
  ->catch(sub { push @log, "catch @_"; "c" })->finally(sub { push @log, "finally" });
push @log, "before resolve";
$p->resolve("v");
push @log, "after resolve";
Mojo::IOLoop->next_tick(sub { push @log, "next_tick" });
Mojo::Promise->resolve(1)->then(sub { push @log, "resolved static" });
$p->wait;
push @log, "after wait";
Mojo::IOLoop->one_tick;
print join("\n", @log), "\n";
Mojo::Promise->all(Mojo::Promise->resolve(1, 2), Mojo::Promise->resolve(3))->then(sub { print "all: ", join("|", map { "[@$_]" } @_), "\n" })->wait;
Mojo::Promise->race(Mojo::Promise->timer(0.2 => "slow"), Mojo::Promise->timer(0.05 => "fast"))->then(sub { print "race: @_\n" })->wait;
Mojo::Promise->all(Mojo::Promise->reject("e1"), Mojo::Promise->resolve(3))->catch(sub { print "all rejected: @_\n" })->wait;
Mojo::Promise->timeout(0.05 => "too slow")->catch(sub { print "timeout: @_\n" })->wait;
Mojo::Promise->any(Mojo::Promise->reject("a"), Mojo::Promise->resolve("b"))->then(sub { print "any: @_\n" })->wait;
Mojo::Promise->all_settled(Mojo::Promise->reject("x"), Mojo::Promise->resolve("y"))->then(sub { print "settled: ", join(',', map { "$_->{status}" } @_), "\n" })->wait;
Mojo::Promise->new(sub { my ($resolve, $reject) = @_; Mojo::IOLoop->timer(0.01 => sub { $resolve->('from executor') }) })->then(sub { print "@_\n" })->wait;
Mojo::Promise->resolve(Mojo::Promise->resolve('nested'))->then(sub { print "thenable: @_\n" })->wait;
my $chain = Mojo::Promise->resolve(1)->then(sub { Mojo::Promise->timer(0.01 => $_[0] + 1) })->then(sub { print "chained: @_\n" });
$chain->wait;
{ my $r = Mojo::Promise->reject("nobody handled me"); }
print "ref: ", ref(Mojo::Promise->new->then(sub {})), "\n";
Mojo::Promise->new(sub { die "executor died\n" })->catch(sub { print "caught: @_" })->wait;
print "not reached\n";
