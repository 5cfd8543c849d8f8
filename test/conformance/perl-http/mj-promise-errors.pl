# oracle:
BEGIN { $ENV{MOJO_REACTOR} = "Mojo::Reactor::Poll" }
use strict; use warnings;
use Mojo::Promise;
my @log;
Mojo::Promise->reject('first')->then(sub { push @log, 'skipped' })->catch(sub { push @log, "caught @_"; die "again\n" })
  ->catch(sub { push @log, "caught twice: @_" })->wait;
Mojo::Promise->resolve('v')->finally(sub { push @log, 'finally ran'; Mojo::Promise->timer(0.02) })->then(sub { push @log, "after finally: @_" })->wait;
Mojo::Promise->resolve('v')->finally(sub { die "finally died\n" })->catch(sub { push @log, "finally error: @_" })->wait;
Mojo::Promise->reject('r')->finally(sub { push @log, 'finally on reject' })->catch(sub { push @log, "still rejected: @_" })->wait;
my $p = Mojo::Promise->new;
$p->resolve(1); $p->resolve(2); $p->reject(3);
$p->then(sub { push @log, "settled once: @_" })->wait;
Mojo::Promise->resolve(1, 2, 3)->then(sub { push @log, 'args: ' . scalar @_; return (4, 5) })->then(sub { push @log, "returned list: @_" })->wait;
Mojo::Promise->map(sub { Mojo::Promise->resolve($_ * 2) }, 1 .. 3)->then(sub { push @log, 'map: ' . join ',', map { $_->[0] } @_ })->wait;
print "$_\n" for @log;
